package uk.fosteringconcerns.standardsofcare;

import static uk.fosteringconcerns.standardsofcare.StandardsOfCareVariables.*;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import uk.fosteringconcerns.decisions.SystemDecisions;

/**
 * Reads `soc-profile-steps`: which optional steps of the Standards of Care procedure an authority's procedure has
 * (seed 000 for dorset, seed 001 for dudley). The table is reference data, read as the system; a profile without an
 * answer for a step fails loudly rather than guessing.
 */
public class SocProfileSteps {

  private final SystemDecisions decisions;
  private final String profile;

  public SocProfileSteps(SystemDecisions decisions, String profile) {
    this.decisions = decisions;
    this.profile = profile;
  }

  /** The running profile (`fostering.procedure-profile`). */
  public String profile() {
    return profile;
  }

  /** Does the step run under the running profile? */
  public boolean runs(String step) {
    return runs(profile, step);
  }

  public boolean runs(String profile, String step) {
    DmnDecisionResultEntries row = decisions.evaluate(PROFILE_STEPS_DECISION,
        Map.of(PROFILE, profile, PROFILE_STEPS_INPUT_STEP, step)).getSingleResult();
    if (row == null || !(row.getEntry(PROFILE_STEPS_OUTPUT_RUNS) instanceof Boolean runs)) {
      throw new IllegalStateException(PROFILE_STEPS_DECISION + " has no answer for profile '" + profile
          + "' and step '" + step + "'");
    }
    return runs;
  }

  /** The answers a case keeps for its whole life, by case variable (see {@link StandardsOfCareVariables#CASE_STEPS}). */
  public Map<String, Boolean> caseSteps() {
    Map<String, Boolean> answers = new LinkedHashMap<>();
    CASE_STEPS.forEach((step, variable) -> answers.put(variable, runs(step)));
    return answers;
  }
}
