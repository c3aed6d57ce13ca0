package uk.fosteringconcerns.standardsofcare;

import static uk.fosteringconcerns.standardsofcare.StandardsOfCareVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import uk.fosteringconcerns.timescales.Deadlines;

/**
 * `${socMeetingFactsDelegate}` (Task_GatherMeetingFacts): what `soc-meeting-trigger` needs that nobody types in:
 * the carer's standards of care issues in the last 12 months (seed 001 4.3, {@link StandardsOfCareIssues}), and, as
 * a starting answer for the fostering manager, "refused to cooperate" when the carer did not agree the action plan at
 * the visit; and the date by which a meeting is held, counted from the discussion with the carer (seed 000 3.6:
 * within 10 working days): in Dorset the meeting task is due then.
 */
public class SocMeetingFactsDelegate implements JavaDelegate {

  private final StandardsOfCareIssues issues;
  private final Deadlines deadlines;

  public SocMeetingFactsDelegate(StandardsOfCareIssues issues, Deadlines deadlines) {
    this.issues = issues;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int count = issues.countInLast12Months(execution.getProcessEngine(), (String) execution.getVariable(CARER_ID),
        execution.getProcessBusinessKey(), ClockUtil.getCurrentTime());
    execution.setVariable(CONCERNS_IN_LAST_12_MONTHS, count);
    execution.setVariable(MEETING_DUE_BY, deadlines.after(STEP_SOC_MEETING, execution.getVariable(VISIT_DATE)));
    if (execution.getVariable(CARER_REFUSED_TO_COOPERATE) == null) {
      execution.setVariable(CARER_REFUSED_TO_COOPERATE,
          !Boolean.TRUE.equals(execution.getVariable(CARER_AGREES_ACTIONS)));
    }
    for (String flag : new String[] {PATTERN_EMERGING, DEEMED_SIGNIFICANT}) {
      if (execution.getVariable(flag) == null) {
        execution.setVariable(flag, false);
      }
    }
  }
}
