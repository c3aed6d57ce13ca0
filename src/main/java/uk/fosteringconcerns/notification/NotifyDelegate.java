package uk.fosteringconcerns.notification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.VariableScope;
import uk.fosteringconcerns.allocation.CaseWorkers;

/**
 * `${notifyDelegate}`: a send task / service task that queues a notification. Inputs (camunda:inputParameter):
 * `notificationTemplate` (template id), `notificationGroups` (comma-separated group ids) and / or
 * `notificationUsers` (comma-separated user ids, e.g. a case's named worker), optional `notificationAddress`. The
 * template sees the case's variables plus `caseReference`. A group that has a named worker on the case (PROCESS-API
 * section 6: the child's social worker, the supervising social worker, the child's IRO, the LADO) is told through
 * that worker alone.
 */
public class NotifyDelegate implements JavaDelegate {

  public static final String TEMPLATE = "notificationTemplate";
  public static final String GROUPS = "notificationGroups";
  public static final String ADDRESS = "notificationAddress";
  public static final String USERS = "notificationUsers";

  private final NotificationService notifications;

  public NotifyDelegate(NotificationService notifications) {
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String template = (String) execution.getVariableLocal(TEMPLATE);
    String groups = (String) execution.getVariableLocal(GROUPS);
    Object address = execution.getVariableLocal(ADDRESS);
    Object users = execution.getVariableLocal(USERS);
    if (template == null || (groups == null && users == null)) {
      throw new IllegalStateException("Notification task " + execution.getCurrentActivityId()
          + " needs the inputs " + TEMPLATE + " and " + GROUPS + " or " + USERS);
    }
    Map<String, Object> model = new HashMap<>(execution.getVariables());
    String businessKey = execution.getProcessBusinessKey();
    model.put("caseReference", businessKey != null ? businessKey : model.getOrDefault("caseReference", "(none)"));
    Recipients recipients = namedWorkersFor(Recipients.groups(groups), execution)
        .andUsers(users == null ? null : users.toString())
        .andAddress(address == null ? null : address.toString());
    notifications.queue(execution.getProcessBusinessKey(), template, recipients, execution.getProcessInstanceId(),
        model);
  }

  /** Each group with a named worker on the case is replaced by that worker. */
  static Recipients namedWorkersFor(Recipients recipients, VariableScope scope) {
    List<String> groups = new ArrayList<>();
    List<String> users = new ArrayList<>();
    for (String group : recipients.groups()) {
      Object named = CaseWorkers.variableOf(group).map(scope::getVariable).orElse(null);
      if (named instanceof String user && !user.isBlank()) {
        users.add(user);
      } else {
        groups.add(group);
      }
    }
    return new Recipients(groups, users, null).andUsers(recipients.users().toArray(String[]::new))
        .andAddress(recipients.address());
  }
}
