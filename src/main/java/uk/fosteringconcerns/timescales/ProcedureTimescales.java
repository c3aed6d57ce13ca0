package uk.fosteringconcerns.timescales;

import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.ProcessEngine;
import uk.fosteringconcerns.decisions.SystemDecisions;

/**
 * Reads the `procedure-timescales` decision (PROCESS-API section 3): the one place every deadline of the
 * procedures lives, so that an analyst changes a timescale in the DMN table and never in a diagram.
 */
public class ProcedureTimescales {

  public static final String DECISION_KEY = "procedure-timescales";

  private final SystemDecisions decisions;
  private final String profile;

  public ProcedureTimescales(Supplier<ProcessEngine> engine, String profile) {
    this.decisions = new SystemDecisions(engine);
    this.profile = profile;
  }

  /** The running profile (`fostering.procedure-profile`): `dorset` or `dudley`. */
  public String profile() {
    return profile;
  }

  public Timescale of(String step) {
    return of(profile, step);
  }

  /**
   * Deadlines are computed inside whatever command is running (a worker completing a task, a timer); the
   * timescale table is reference data, so it is read without the caller's decision authorizations.
   */
  public Timescale of(String profile, String step) {
    DmnDecisionResultEntries row = decisions.evaluate(DECISION_KEY, Map.of("profile", profile, "step", step))
        .getSingleResult();
    if (row == null) {
      throw new IllegalArgumentException(
          "procedure-timescales has no row for profile '" + profile + "' and step '" + step + "'");
    }
    Number amount = row.getEntry("amount");
    String unit = row.getEntry("unit");
    if (amount == null || unit == null) {
      throw new IllegalStateException("procedure-timescales row for " + step + " lacks amount or unit");
    }
    return new Timescale(amount.intValue(), TimescaleUnit.valueOf(unit));
  }
}
