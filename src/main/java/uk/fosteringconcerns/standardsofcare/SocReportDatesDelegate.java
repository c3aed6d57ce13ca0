package uk.fosteringconcerns.standardsofcare;

import static uk.fosteringconcerns.standardsofcare.StandardsOfCareVariables.*;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import uk.fosteringconcerns.timescales.Deadlines;

/**
 * `${socReportDatesDelegate}` (Task_WorkOutReportDates, Task_CheckReportInTime): seed 001 4.3 — the report reaches
 * the chair at least 5 clear working days and the carer at least 10 calendar days before `meetingDate`.
 * `reportDueBy` is the earlier of the two; `reportInTime` is false once it has passed, and the meeting moves.
 */
public class SocReportDatesDelegate implements JavaDelegate {

  private final Deadlines deadlines;

  public SocReportDatesDelegate(Deadlines deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object meetingDate = execution.getVariable(MEETING_DATE);
    Date toChair = deadlines.before(STEP_REPORT_TO_CHAIR, meetingDate);
    Date toCarer = deadlines.before(STEP_REPORT_TO_CARER, meetingDate);
    Date dueBy = toChair.before(toCarer) ? toChair : toCarer;
    execution.setVariable(REPORT_TO_CHAIR_BY, toChair);
    execution.setVariable(REPORT_TO_CARER_BY, toCarer);
    execution.setVariable(REPORT_DUE_BY, dueBy);
    execution.setVariable(REPORT_IN_TIME, !ClockUtil.getCurrentTime().after(dueBy));
  }
}
