package uk.fosteringconcerns.logging;

import java.sql.SQLException;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.form.FormException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;

/**
 * What a failure means for the people reading the log (issue 9): a request the engine refused (the caller gets a
 * 4xx and must correct it: WARN, one line), a race another request or node won (the work is done once anyway:
 * INFO, one line), or a failure somebody must act on (ERROR with the stack trace).
 */
public enum FailureKind {
  /** Validation, authorization, not found (unknown id, missing argument), bad request: the caller's to correct. */
  REFUSED,
  /** Optimistic locking, or a unique key another node inserted first: expected when nodes work side by side. */
  RACE,
  /** Anything else. */
  FAILURE;

  /** SQLState of a unique-key violation (PostgreSQL and H2 alike). */
  static final String UNIQUE_VIOLATION = "23505";
  private static final Pattern ID = Pattern.compile("^[A-Za-z0-9_.-]{1,64}$");
  private static final int MAX_CAUSES = 20;

  public static FailureKind of(Throwable failure) {
    int depth = 0;
    for (Throwable t = failure; t != null && depth++ < MAX_CAUSES; t = t.getCause()) {
      if (t instanceof OptimisticLockingException
          || t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return RACE;
      }
    }
    return refusal(failure) != null ? REFUSED : FAILURE;
  }

  /** The refusal in the cause chain, or null. */
  static Throwable refusal(Throwable failure) {
    int depth = 0;
    for (Throwable t = failure; t != null && depth++ < MAX_CAUSES; t = t.getCause()) {
      if (t instanceof BadUserRequestException || t instanceof AuthorizationException || t instanceof FormException
          || t instanceof TaskAlreadyClaimedException || t instanceof MismatchingMessageCorrelationException
          || t instanceof ParseException || t instanceof MigrationPlanValidationException
          || t instanceof MigratingProcessInstanceValidationException
          // the engine's "Cannot find task with id …" and missing-argument checks
          || t instanceof NullValueException) {
        return t;
      }
    }
    return null;
  }

  /**
   * A one-line description of a refusal without any submitted value: the exception type, the form field's id, the
   * missing permission. Exception messages are left out: they may quote what was typed.
   */
  static String describeRefusal(Throwable failure) {
    Throwable refusal = refusal(failure);
    if (refusal == null) {
      return failure.getClass().getSimpleName();
    }
    StringBuilder out = new StringBuilder(refusal.getClass().getSimpleName());
    if (refusal instanceof FormFieldValidationException field && field.getDetail() instanceof String id
        && ID.matcher(id).matches()) {
      out.append(" (field ").append(id).append(')');
    }
    if (refusal instanceof AuthorizationException auth && auth.getMissingAuthorizations() != null
        && !auth.getMissingAuthorizations().isEmpty()) {
      MissingAuthorization missing = auth.getMissingAuthorizations().get(0);
      out.append(" (missing ").append(missing.getViolatedPermissionName()).append(" on ")
          .append(missing.getResourceType()).append(')');
    }
    return out.toString();
  }

  /** Type and SQL state of a race, e.g. "OptimisticLockingException" or "PSQLException 23505". */
  static String describeRace(Throwable failure) {
    int depth = 0;
    for (Throwable t = failure; t != null && depth++ < MAX_CAUSES; t = t.getCause()) {
      if (t instanceof OptimisticLockingException) {
        return t.getClass().getSimpleName();
      }
      if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return t.getClass().getSimpleName() + " " + sql.getSQLState();
      }
    }
    return failure.getClass().getSimpleName();
  }
}
