package uk.fosteringconcerns.standardsofcare;

import static uk.fosteringconcerns.standardsofcare.StandardsOfCareVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.fosteringconcerns.timescales.Deadlines;

/**
 * `${socReportReceivedDelegate}` (Task_CheckReportReceived): seed 001 4.3 — did the chair have the report at least 5
 * clear working days, and the foster carer at least 10 calendar days, before `meetingDate`? The carer had it on the
 * day they confirmed receiving it, else on the day it was sent (face to face and secure e-mail arrive that day). A
 * report that reached either late means the meeting cannot go ahead on that date: `reportReceivedInTime` is false and
 * the model re-arranges it.
 */
public class SocReportReceivedDelegate implements JavaDelegate {

  private final Deadlines deadlines;

  public SocReportReceivedDelegate(Deadlines deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object meetingDate = execution.getVariable(MEETING_DATE);
    LocalDate chairBy = Deadlines.toLocalDate(deadlines.before(STEP_REPORT_TO_CHAIR, meetingDate));
    LocalDate carerBy = Deadlines.toLocalDate(deadlines.before(STEP_REPORT_TO_CARER, meetingDate));
    Object carerHadIt = execution.getVariable(REPORT_RECEIVED_BY_CARER_ON) != null
        ? execution.getVariable(REPORT_RECEIVED_BY_CARER_ON) : execution.getVariable(REPORT_SENT_TO_CARER_ON);
    boolean chairInTime = onOrBefore(execution.getVariable(REPORT_SENT_TO_CHAIR_ON), chairBy);
    boolean carerInTime = onOrBefore(carerHadIt, carerBy);
    execution.setVariable(REPORT_TO_CHAIR_BY, Deadlines.endOf(chairBy));
    execution.setVariable(REPORT_TO_CARER_BY, Deadlines.endOf(carerBy));
    execution.setVariable(REPORT_RECEIVED_IN_TIME, chairInTime && carerInTime);
  }

  private static boolean onOrBefore(Object date, LocalDate latest) {
    return date != null && !Deadlines.toLocalDate(date).isAfter(latest);
  }
}
