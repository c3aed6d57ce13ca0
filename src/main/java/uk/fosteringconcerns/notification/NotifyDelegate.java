package uk.fosteringconcerns.notification;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * `${notifyDelegate}`: a send task / service task that queues a notification. Inputs (camunda:inputParameter):
 * `notificationTemplate` (template id), `notificationGroups` (comma-separated group ids), optional
 * `notificationAddress`. The template sees the case's variables plus `caseReference`.
 */
public class NotifyDelegate implements JavaDelegate {

  public static final String TEMPLATE = "notificationTemplate";
  public static final String GROUPS = "notificationGroups";
  public static final String ADDRESS = "notificationAddress";

  private final NotificationService notifications;

  public NotifyDelegate(NotificationService notifications) {
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String template = (String) execution.getVariableLocal(TEMPLATE);
    String groups = (String) execution.getVariableLocal(GROUPS);
    Object address = execution.getVariableLocal(ADDRESS);
    if (template == null || groups == null) {
      throw new IllegalStateException("Notification task " + execution.getCurrentActivityId()
          + " needs the inputs " + TEMPLATE + " and " + GROUPS);
    }
    Map<String, Object> model = new HashMap<>(execution.getVariables());
    String businessKey = execution.getProcessBusinessKey();
    model.put("caseReference", businessKey != null ? businessKey : model.getOrDefault("caseReference", "(none)"));
    notifications.queue(execution.getProcessBusinessKey(), template, groups,
        address == null ? null : address.toString(), execution.getProcessInstanceId(), model);
  }
}
