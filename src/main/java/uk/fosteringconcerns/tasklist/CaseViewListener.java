package uk.fosteringconcerns.tasklist;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.el.FixedValue;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.fosteringconcerns.records.documents.CaseDocuments.DocumentLink;
import uk.fosteringconcerns.system.AsSystem;

/**
 * Gives every user task the view of its case its form shows (issue 10), as task-local variables
 * ({@link CaseViewVariables}): the case reference and the carer's name (Tasklist's list columns), the case header,
 * and, when the task's form shows them, the earlier decisions and the values it names in words. Added to every user
 * task at parse time, so no analyst copies a listener into a diagram. When a task of a case is completed, the header
 * of the case's other open tasks is brought up to date after the commit (the route or outcome may have changed),
 * in a transaction of its own that never fails the worker's completion.
 *
 * <p>The variables are written as the system (not as the worker whose action created the task): they are derived
 * from the case, not a worker's answer, so they are not in the audit trail of the worker's action.
 */
public class CaseViewListener extends AbstractBpmnParseListener implements TaskListener {

  private static final Logger LOG = LoggerFactory.getLogger(CaseViewListener.class);
  private static final Pattern IN_WORDS = Pattern.compile("\\binWords\\.([A-Za-z][A-Za-z0-9_]*)");
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The engine keeps a String variable's value in a column of 4000 characters. */
  static final int STRING_LIMIT = 4000;

  /** What a form shows beyond the header: read from the deployed form itself. */
  record FormNeeds(boolean decisions, Set<String> inWords) {
    static final FormNeeds NONE = new FormNeeds(false, Set.of());
  }

  private final CaseViews views;
  private final TaskDescriptions descriptions = new TaskDescriptions();
  /** The case's documents by case reference (records: CaseDocuments.documentsOf), linked from the header. */
  private final Function<String, List<DocumentLink>> documents;
  /** Forms by deployment id and form id: a deployment never changes. */
  private final Map<String, Map<String, FormNeeds>> formsByDeployment = new ConcurrentHashMap<>();

  public CaseViewListener(CaseViews views, Function<String, List<DocumentLink>> documents) {
    this.views = views;
    this.documents = documents;
  }

  @Override
  public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
    if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
      behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, this);
      behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_COMPLETE, this);
      // the model's documentation is for analysts (it cites source files): the worker reads the analyst's words or none
      String description = descriptions.of(((ProcessDefinitionEntity) activity.getProcessDefinition()).getKey(),
          activity.getId());
      behavior.getTaskDefinition().setDescriptionExpression(description == null ? null : new FixedValue(description));
    }
  }

  @Override
  public void notify(DelegateTask task) {
    if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
      created(task);
    } else if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
      String caseReference = CaseFacts.caseReferenceOf(task.getExecution());
      CommandContext context = Context.getCommandContext();
      if (caseReference != null && context != null) {
        ProcessEngine engine = task.getProcessEngine();
        // the tasks this completion creates get their views when created: only those open before need a look
        // (to the millisecond: a task created in the same millisecond is looked at too, and left as it is)
        Date completedAt = new Date(ClockUtil.getCurrentTime().getTime() + 1);
        String completed = task.getId();
        context.getTransactionContext().addTransactionListener(TransactionState.COMMITTED,
            committed -> refreshOpenTasks(engine, caseReference, completed, completedAt));
      }
    }
  }

  private void created(DelegateTask task) {
    ProcessEngine engine = task.getProcessEngine();
    CaseFacts facts = AsSystem.call(engine, () -> CaseFacts.of(engine, task.getExecution()));
    UserTask element = task.getBpmnModelElementInstance();
    FormNeeds needs = AsSystem.call(engine, () -> needs(engine, task.getProcessDefinitionId(),
        element == null ? null : element.getCamundaFormRef()));
    Map<String, Object> local = new HashMap<>();
    if (facts.caseReference() != null) {
      local.put(CaseViewVariables.CASE_REFERENCE, facts.caseReference());
    }
    String carerName = facts.text(CaseViewVariables.CARER_NAME);
    if (carerName != null) {
      local.put(CaseViewVariables.CARER_NAME, carerName);
    }
    local.putAll(views(facts, needs, documentsOf(facts.caseReference())));
    asSystemUser(engine, () -> {
      task.setVariablesLocal(storable(local));
      return null;
    });
  }

  /** The case's documents (in the command's transaction: a document made by this completion is among them). */
  private List<DocumentLink> documentsOf(String caseReference) {
    return caseReference == null ? List.of() : documents.apply(caseReference);
  }

  /** The header, and the earlier decisions and values in words when the form shows them. */
  private Map<String, Object> views(CaseFacts facts, FormNeeds needs, List<DocumentLink> links) {
    Map<String, Object> out = new HashMap<>();
    out.put(CaseViewVariables.CASE_HEADER, views.header(facts, links));
    if (needs.decisions()) {
      out.put(CaseViewVariables.CASE_DECISIONS, views.decisions(facts));
    }
    if (!needs.inWords().isEmpty()) {
      out.put(CaseViewVariables.IN_WORDS, views.inWords(facts, needs.inWords()));
    }
    return out;
  }

  /**
   * A text view that fits a String variable (at most {@value #STRING_LIMIT} characters: most headers) is stored as
   * one; a longer one (the header holds the whole concern, the earlier decisions every reason) and the values in
   * words (an object) as JSON, which Tasklist hands to the form as a string or object all the same. A String needs
   * no byte array: two statements fewer a view when the task is created and again when it is completed (issue 18).
   */
  private static Map<String, Object> storable(Map<String, Object> variables) {
    for (String name : List.of(CaseViewVariables.CASE_HEADER, CaseViewVariables.CASE_DECISIONS,
        CaseViewVariables.IN_WORDS)) {
      Object value = variables.get(name);
      if (value instanceof String text && text.length() <= STRING_LIMIT) {
        variables.put(name, Variables.stringValue(text));
      } else if (value != null) {
        variables.put(name, Variables.objectValue(value)
            .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
      }
    }
    return variables;
  }

  /**
   * After a completion, the case's other open tasks whose views no longer match the case get the new ones (also
   * gives a task opened before this feature its views once its case moves on).
   */
  private void refreshOpenTasks(ProcessEngine engine, String caseReference, String completedTaskId,
      Date completedAt) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    try {
      asSystemUser(engine, () -> configuration.getCommandExecutorTxRequiresNew().execute(context -> {
        TaskService tasks = engine.getTaskService();
        List<Task> open = new ArrayList<>(tasks.createTaskQuery().processInstanceBusinessKey(caseReference)
            .taskCreatedBefore(completedAt).initializeFormKeys().list());
        open.removeIf(t -> t.getId().equals(completedTaskId));
        if (open.isEmpty()) {
          return null;
        }
        CaseFacts facts = CaseFacts.stored(engine, caseReference);
        List<DocumentLink> links = documentsOf(caseReference);
        Map<String, Map<String, Object>> currentOf = currentViews(engine, open);
        for (Task t : open) {
          FormNeeds needs = needs(engine, t.getProcessDefinitionId(),
              t.getCamundaFormRef() == null ? null : t.getCamundaFormRef().getKey());
          Map<String, Object> fresh = views(facts, needs, links);
          Map<String, Object> current = currentOf.getOrDefault(t.getId(), Map.of());
          Map<String, Object> changed = new HashMap<>();
          fresh.forEach((name, value) -> {
            if (!Objects.equals(value, current.get(name))) {
              changed.put(name, value);
            }
          });
          if (!changed.isEmpty()) {
            tasks.setVariablesLocal(t.getId(), storable(changed));
          }
        }
        return null;
      }));
    } catch (RuntimeException e) {
      // the worker's completion is committed; views left as they were are corrected by the next completion
      LOG.warn("Could not bring the case views of a case's open tasks up to date ({})", e.getClass().getSimpleName());
    }
  }

  /** The views the open tasks hold now, by task id: one query for all of them, not one a task. */
  private static Map<String, Map<String, Object>> currentViews(ProcessEngine engine, List<Task> open) {
    Map<String, Map<String, Object>> byTask = new HashMap<>();
    for (VariableInstance variable : engine.getRuntimeService().createVariableInstanceQuery()
        .taskIdIn(open.stream().map(Task::getId).toArray(String[]::new))
        .variableNameIn(CaseViewVariables.CASE_HEADER, CaseViewVariables.CASE_DECISIONS, CaseViewVariables.IN_WORDS)
        .list()) {
      byTask.computeIfAbsent(variable.getTaskId(), id -> new HashMap<>()).put(variable.getName(), variable.getValue());
    }
    return byTask;
  }

  /**
   * Runs work with no user signed in to the engine: no authorization check, no user operation log entry, nothing in
   * the signed-in worker's audit trail. Only for writing the views this class derives from the case.
   */
  private static <T> T asSystemUser(ProcessEngine engine, Supplier<T> work) {
    IdentityService identity = engine.getIdentityService();
    Authentication signedIn = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (signedIn != null) {
        identity.setAuthentication(signedIn);
      }
    }
  }

  private FormNeeds needs(ProcessEngine engine, String processDefinitionId, String formKey) {
    if (formKey == null || formKey.contains("{") || processDefinitionId == null) {
      return FormNeeds.NONE;
    }
    RepositoryService repository = engine.getRepositoryService();
    String deploymentId = repository.getProcessDefinition(processDefinitionId).getDeploymentId();
    return formsByDeployment.computeIfAbsent(deploymentId, id -> forms(repository, id))
        .getOrDefault(formKey, FormNeeds.NONE);
  }

  /** What each form of a deployment shows: its text views' {@code caseDecisions} and {@code inWords.name}. */
  static Map<String, FormNeeds> forms(RepositoryService repository, String deploymentId) {
    Map<String, FormNeeds> forms = new HashMap<>();
    for (String resource : repository.getDeploymentResourceNames(deploymentId)) {
      if (!resource.endsWith(".form")) {
        continue;
      }
      try (InputStream in = repository.getResourceAsStream(deploymentId, resource)) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        String id = JSON.readTree(text).path("id").asText(null);
        if (id != null) {
          forms.put(id, needsOf(text));
        }
      } catch (IOException | RuntimeException e) {
        LOG.warn("Form {} of deployment {} could not be read for its case views", resource, deploymentId);
      }
    }
    return forms;
  }

  static FormNeeds needsOf(String formJson) {
    Set<String> names = new TreeSet<>();
    Matcher m = IN_WORDS.matcher(formJson);
    while (m.find()) {
      names.add(m.group(1));
    }
    return new FormNeeds(formJson.contains(CaseViewVariables.DECISIONS_TEXT), Set.copyOf(names));
  }
}
