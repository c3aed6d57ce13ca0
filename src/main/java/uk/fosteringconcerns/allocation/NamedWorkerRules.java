package uk.fosteringconcerns.allocation;

import java.util.List;
import java.util.Map;
import uk.fosteringconcerns.forms.FormRule;
import uk.fosteringconcerns.forms.FormSubmission;
import uk.fosteringconcerns.forms.FormValidation;
import uk.fosteringconcerns.identity.Groups;

/**
 * The named workers a form may give are users of the matching groups (PROCESS-API section 6): the intake form
 * (the child's social worker, the supervising social worker, the child's IRO), the LADO's decision (the LADO officer)
 * and the allocation form (any of the four, of an open case).
 */
public final class NamedWorkerRules {

  private NamedWorkerRules() {}

  public static List<FormRule> all(NamedWorkers workers) {
    return List.of(intake(workers), ladoDecision(workers), allocation(workers));
  }

  public static FormRule intake(NamedWorkers workers) {
    return rule("concern-intake", workers, false);
  }

  public static FormRule ladoDecision(NamedWorkers workers) {
    return rule("lado-decision", workers, false);
  }

  public static FormRule allocation(NamedWorkers workers) {
    return rule(CaseWorkers.START_FORM, workers, true);
  }

  private static FormRule rule(String formId, NamedWorkers workers, boolean allocation) {
    return new FormRule() {
      @Override
      public String formId() {
        return formId;
      }

      @Override
      public void check(FormSubmission submission) {
        Map<String, Object> values = submission.values();
        boolean anyName = false;
        for (Map.Entry<String, String> role : CaseWorkers.GROUP_OF.entrySet()) {
          Object user = values.get(role.getKey());
          if (user instanceof String id && !id.isBlank()) {
            anyName = true;
            if (!workers.isMember(id, role.getValue())) {
              throw FormValidation.invalid(role.getKey(),
                  "must be the user id of one of the " + Groups.displayName(role.getValue()).toLowerCase());
            }
          }
        }
        if (allocation) {
          Object reference = values.get(CaseWorkers.CASE_REFERENCE);
          if (reference instanceof String ref && !workers.isOpenCase(ref)) {
            throw FormValidation.invalid(CaseWorkers.CASE_REFERENCE, "is not the reference of an open case");
          }
          if (!anyName) {
            throw FormValidation.invalid(CaseWorkers.CHILDS_SOCIAL_WORKER, "name at least one worker for the case");
          }
        }
      }
    };
  }
}
