package uk.fosteringconcerns.records.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.UserOperationLogEntryEventEntity;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextListener;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricProcessInstanceEntity;

/**
 * What one engine command changed, collected from its history events: the user operations (grouped by operation
 * id), the names of the variables it set per process instance, and the tasks it touched. When the command closes,
 * the case reference of each process instance is looked up while the engine still holds it, and the entries are
 * appended to the audit trail just before the transaction commits (after the engine's own flush, so the chain's
 * head is locked for as short a time as possible). A command that fails writes nothing.
 */
public class AuditSession implements Session, CommandContextListener {

  /** Opens one session per engine command (registered as a custom session factory). */
  public static SessionFactory factory(AuditTrail trail) {
    return new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return AuditSession.class;
      }

      @Override
      public Session openSession() {
        return new AuditSession(trail, Context.getCommandContext());
      }
    };
  }

  private record Operation(String userId, String type, String entityType, String processInstanceId, String taskId,
      Set<String> properties) {}

  private record TaskInfo(String key, String name, String processInstanceId) {}

  private final AuditTrail trail;
  private final CommandContext context;
  private final Map<String, Operation> operations = new LinkedHashMap<>();
  private final Map<String, Set<String>> variables = new LinkedHashMap<>();
  private final Map<String, TaskInfo> tasks = new LinkedHashMap<>();
  private final Map<String, String> businessKeys = new LinkedHashMap<>();
  private final List<AuditEntry> extra = new ArrayList<>();
  private List<AuditEntry> ready = List.of();
  private boolean registered;

  AuditSession(AuditTrail trail, CommandContext context) {
    this.trail = trail;
    this.context = context;
  }

  void operation(UserOperationLogEntryEventEntity event) {
    if (event.getUserId() == null) {
      return;
    }
    register();
    String key = event.getOperationId() != null ? event.getOperationId() : event.getId();
    Operation operation = operations.computeIfAbsent(key, id -> new Operation(event.getUserId(),
        event.getOperationType(), event.getEntityType(), event.getProcessInstanceId(), event.getTaskId(),
        new TreeSet<>()));
    if (event.getProperty() != null) {
      operation.properties().add(event.getProperty());
    }
  }

  void variable(HistoricVariableUpdateEventEntity event) {
    if (event.getProcessInstanceId() == null || event.getVariableName() == null) {
      return;
    }
    register();
    variables.computeIfAbsent(event.getProcessInstanceId(), id -> new TreeSet<>()).add(event.getVariableName());
  }

  void task(HistoricTaskInstanceEventEntity event) {
    tasks.put(event.getTaskId(), new TaskInfo(event.getTaskDefinitionKey(), event.getName(),
        event.getProcessInstanceId()));
  }

  void processInstance(HistoricProcessInstanceEventEntity event) {
    if (event.getBusinessKey() != null) {
      businessKeys.put(event.getProcessInstanceId(), event.getBusinessKey());
    }
  }

  /** An entry that belongs to this command's transaction (e.g. a document produced by a completion). */
  public void add(AuditEntry entry) {
    register();
    extra.add(entry);
  }

  private void register() {
    if (!registered && context != null) {
      registered = true;
      context.registerCommandContextListener(this);
      context.getTransactionContext().addTransactionListener(TransactionState.COMMITTING,
          commandContext -> trail.append(ready));
    }
  }

  @Override
  public void onCommandContextClose(CommandContext commandContext) {
    List<AuditEntry> entries = new ArrayList<>();
    for (Operation operation : operations.values()) {
      String processInstanceId = operation.processInstanceId();
      TaskInfo task = operation.taskId() == null ? null : tasks.get(operation.taskId());
      if (processInstanceId == null && task != null) {
        processInstanceId = task.processInstanceId();
      }
      StringBuilder detail = new StringBuilder();
      if (task != null) {
        detail.append("task ").append(task.key()).append(" \"").append(task.name()).append('"');
      } else if (operation.taskId() != null) {
        detail.append("task ").append(operation.taskId());
      }
      if (!operation.properties().isEmpty() && !isCompletion(operation)) {
        separate(detail).append("properties: ").append(String.join(", ", operation.properties()));
      }
      Set<String> names = processInstanceId == null ? null : variables.remove(processInstanceId);
      if (names != null && !names.isEmpty()) {
        separate(detail).append("variables: ").append(String.join(", ", names));
      }
      entries.add(new AuditEntry(operation.userId(), AuditEntry.CHANGE, describe(operation),
          caseReferenceOf(processInstanceId), processInstanceId, operation.taskId(),
          detail.isEmpty() ? null : detail.toString()));
    }
    // variables a person changed in another process of the same command (e.g. a called process's output)
    String user = commandContext.getAuthenticatedUserId();
    if (user != null && !operations.isEmpty()) {
      variables.forEach((processInstanceId, names) -> entries.add(new AuditEntry(user, AuditEntry.CHANGE,
          "variables set", caseReferenceOf(processInstanceId), processInstanceId, null,
          "variables: " + String.join(", ", names))));
    }
    entries.addAll(extra);
    ready = entries;
  }

  @Override
  public void onCommandFailed(CommandContext commandContext, Throwable t) {
    ready = List.of();
  }

  @Override
  public void flush() {
    // written in the COMMITTING transaction listener
  }

  @Override
  public void close() {
    operations.clear();
    variables.clear();
    tasks.clear();
    extra.clear();
  }

  private static boolean isCompletion(Operation operation) {
    return UserOperationLogEntry.OPERATION_TYPE_COMPLETE.equals(operation.type());
  }

  private static StringBuilder separate(StringBuilder detail) {
    return detail.isEmpty() ? detail : detail.append("; ");
  }

  /** The worker's words for an operation of the engine's user operation log. */
  static String describe(String type, String entityType) {
    String entity = entityType == null ? "" : entityType;
    return switch (type == null ? "" : type) {
      case UserOperationLogEntry.OPERATION_TYPE_COMPLETE -> "task completed";
      case UserOperationLogEntry.OPERATION_TYPE_CLAIM -> "task claimed";
      case UserOperationLogEntry.OPERATION_TYPE_ASSIGN -> "task assigned";
      case UserOperationLogEntry.OPERATION_TYPE_DELEGATE -> "task delegated";
      case UserOperationLogEntry.OPERATION_TYPE_RESOLVE -> "task resolved";
      case UserOperationLogEntry.OPERATION_TYPE_SET_OWNER -> "task owner set";
      case UserOperationLogEntry.OPERATION_TYPE_SET_PRIORITY -> "task priority set";
      case UserOperationLogEntry.OPERATION_TYPE_ADD_USER_LINK, UserOperationLogEntry.OPERATION_TYPE_ADD_GROUP_LINK ->
          "task candidate added";
      case UserOperationLogEntry.OPERATION_TYPE_DELETE_USER_LINK,
          UserOperationLogEntry.OPERATION_TYPE_DELETE_GROUP_LINK -> "task candidate removed";
      case UserOperationLogEntry.OPERATION_TYPE_SET_VARIABLE, UserOperationLogEntry.OPERATION_TYPE_MODIFY_VARIABLE,
          UserOperationLogEntry.OPERATION_TYPE_SET_VARIABLES -> "variables set";
      case UserOperationLogEntry.OPERATION_TYPE_REMOVE_VARIABLE -> "variables removed";
      case UserOperationLogEntry.OPERATION_TYPE_CREATE -> "ProcessInstance".equals(entity) ? "case started"
          : "created: " + entity;
      case UserOperationLogEntry.OPERATION_TYPE_DELETE -> "ProcessInstance".equals(entity) ? "case deleted"
          : "deleted: " + entity;
      case UserOperationLogEntry.OPERATION_TYPE_CORRELATE_MESSAGE -> "message correlated";
      default -> (type == null ? "operation" : type) + (entity.isEmpty() ? "" : " (" + entity + ")");
    };
  }

  private static String describe(Operation operation) {
    if (UserOperationLogEntry.OPERATION_TYPE_UPDATE.equals(operation.type()) && operation.taskId() != null) {
      return "task updated";
    }
    return describe(operation.type(), operation.entityType());
  }

  /** The case reference (business key) of a process instance, from this command's events or the engine's cache. */
  private String caseReferenceOf(String processInstanceId) {
    if (processInstanceId == null) {
      return null;
    }
    ExecutionEntity execution = context.getExecutionManager().findExecutionById(processInstanceId);
    if (execution != null && execution.getBusinessKey() != null) {
      return execution.getBusinessKey();
    }
    if (businessKeys.containsKey(processInstanceId)) {
      return businessKeys.get(processInstanceId);
    }
    HistoricProcessInstanceEntity historic =
        context.getHistoricProcessInstanceManager().findHistoricProcessInstance(processInstanceId);
    return historic == null ? null : historic.getBusinessKey();
  }
}
