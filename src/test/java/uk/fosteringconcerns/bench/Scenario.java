package uk.fosteringconcerns.bench;

import java.time.LocalDate;
import java.util.Map;
import java.util.Random;
import uk.fosteringconcerns.allegations.AllegationVariables;
import uk.fosteringconcerns.standardsofcare.StandardsOfCareVariables;
import uk.fosteringconcerns.triage.ConcernTriageVariables;

/**
 * One concern of the benchmark's year and how it goes, drawn with the figures of the Dorset LADO annual report
 * 2020/21 (seed 004, LADO report 5.1-6.2): of ~299 contacts, 155 referrals to the LADO (allegations, 51.8%);
 * 35 of the 155 allegations substantiated (5.4); the decision within 24 hours for 83% of contacts, the Initial
 * Evaluation Meeting within 5 working days for 72%, the Post-Allegation Investigation Meeting within 28 days for 87%
 * (6.2). What the report does not give is an assumption stated here: the other contacts split between Standards of
 * Care (20%), no further action (20%) and complaints (8.2%); the four other outcomes; Standards of Care meeting
 * outcomes; 10% of every other step late.
 */
record Scenario(int number, LocalDate arrives, String route, String allegationOutcome, String meetingOutcome,
    String carerId, String childId, long seed) {

  /** Probability that a step is done after its due date, by task (seed 004 LADO report 6.2; 10% elsewhere). */
  static final Map<String, Double> LATE = Map.of(
      ConcernTriageVariables.TASK_LADO_DECISION, 0.17,
      AllegationVariables.TASK_INITIAL_EVALUATION_MEETING, 0.28,
      AllegationVariables.TASK_POST_ALLEGATION_MEETING, 0.13);
  static final double LATE_OTHERWISE = 0.10;

  static Scenario draw(int number, LocalDate arrives, Random random, int carers) {
    double r = random.nextDouble();
    String route;
    if (r < 155.0 / 299) {
      route = ConcernTriageVariables.ALLEGATION;
    } else if (r < 155.0 / 299 + 0.20) {
      route = ConcernTriageVariables.STANDARDS_OF_CARE;
    } else if (r < 155.0 / 299 + 0.40) {
      route = ConcernTriageVariables.NO_FURTHER_ACTION;
    } else {
      route = ConcernTriageVariables.COMPLAINT;
    }
    double o = random.nextDouble();
    String outcome = o < 35.0 / 155 ? AllegationVariables.SUBSTANTIATED
        : o < 0.476 ? AllegationVariables.UNSUBSTANTIATED
        : o < 0.826 ? AllegationVariables.UNFOUNDED
        : o < 0.95 ? AllegationVariables.FALSE : AllegationVariables.MALICIOUS;
    double m = random.nextDouble();
    String meeting = m < 0.50 ? StandardsOfCareVariables.OUTCOME_NO_FURTHER_ACTION
        : m < 0.85 ? StandardsOfCareVariables.OUTCOME_ACTION_PLAN
        : m < 0.95 ? StandardsOfCareVariables.OUTCOME_BRING_FORWARD_ANNUAL_REVIEW
        : StandardsOfCareVariables.OUTCOME_REFER_TO_PANEL;
    // a carer has on average about two concerns in the benchmark's sample (some three or more)
    String carer = "FC-" + (1 + random.nextInt(Math.max(1, carers)));
    String child = "CH-" + (1000 + number);
    return new Scenario(number, arrives, route, outcome, meeting, carer, child, random.nextLong());
  }
}
