package uk.fosteringconcerns.resignation;

import static uk.fosteringconcerns.resignation.CarerResignationVariables.*;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import uk.fosteringconcerns.notification.Recipients;

/** The delegates `bpmn/carer-resignation.bpmn` calls by name: each reads the process's variables and calls {@link CarerConcerns}. */
public final class ResignationDelegates {

  private ResignationDelegates() {}

  static String carer(DelegateExecution execution) {
    return (String) execution.getVariable(CARER_ID);
  }

  static Date receivedOn(DelegateExecution execution) {
    return (Date) execution.getVariable(RESIGNATION_RECEIVED_ON);
  }

  static List<String> references(DelegateExecution execution, String variable) {
    return Recipients.split((String) execution.getVariable(variable));
  }

  /** `${openConcernsDelegate}` (Task_FindOpenConcerns): the carer's open concerns when the notice came in. */
  public static class OpenConcerns implements JavaDelegate {
    private final CarerConcerns concerns;

    public OpenConcerns(CarerConcerns concerns) {
      this.concerns = concerns;
    }

    @Override
    public void execute(DelegateExecution execution) {
      execution.setVariable(OPEN_CONCERNS, String.join(",", concerns.openConcerns(execution.getProcessEngine(),
          carer(execution))));
    }
  }

  /** `${resignationPanelNoticeDelegate}` (Task_NotifyPanelOfResignation): the panel hears of every open concern. */
  public static class PanelNotice implements JavaDelegate {
    private final CarerConcerns concerns;

    public PanelNotice(CarerConcerns concerns) {
      this.concerns = concerns;
    }

    @Override
    public void execute(DelegateExecution execution) {
      concerns.tellPanel(references(execution, OPEN_CONCERNS), receivedOn(execution), execution.getProcessInstanceId());
    }
  }

  /** `${resignationToCasesDelegate}` (Task_TellStandardsOfCareCases): each Standards of Care case hears of the notice. */
  public static class TellCases implements JavaDelegate {
    private final CarerConcerns concerns;

    public TellCases(CarerConcerns concerns) {
      this.concerns = concerns;
    }

    @Override
    public void execute(DelegateExecution execution) {
      concerns.tellStandardsOfCareCases(execution.getProcessEngine(), carer(execution), receivedOn(execution));
    }
  }

  /**
   * `${deregistrationDelegate}` (Task_CloseStandardsOfCareCases): at de-registration the carer's Standards of Care
   * cases close and everyone working on a concern still open is told; allegations stay open.
   */
  public static class Deregistration implements JavaDelegate {
    private final CarerConcerns concerns;

    public Deregistration(CarerConcerns concerns) {
      this.concerns = concerns;
    }

    @Override
    public void execute(DelegateExecution execution) {
      List<String> stillOpen = List.copyOf(concerns.openConcerns(execution.getProcessEngine(), carer(execution)));
      execution.setVariable(DEREGISTERED_ON, ClockUtil.getCurrentTime());
      concerns.tellDeregistered(stillOpen, receivedOn(execution), execution.getProcessInstanceId());
      execution.setVariable(STANDARDS_OF_CARE_CASES_CLOSED,
          concerns.closeStandardsOfCareCases(execution.getProcessEngine(), carer(execution)));
    }
  }
}
