package uk.fosteringconcerns.forms;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.form.FormData;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * The one way a worker's answers reach a case: a task completed or a case started through its Camunda Form. The
 * answers are checked against the deployed form (and its {@link FormRule}s) and normalised before the engine sees
 * them. Used by the REST guard for `/engine-rest` and Tasklist alike, and by the product's own Java callers.
 *
 * <p>Only public engine APIs: the form comes from {@code FormService.getDeployedTaskForm / getDeployedStartForm}
 * (which check the caller may read the task or definition), the case's values from {@code TaskService}.
 */
public class CaseForms {

  /** A task or a start that has no Camunda Form: a worker cannot complete or start it. */
  public static class NoFormException extends RuntimeException {
    public NoFormException(String message) {
      super(message);
    }
  }

  private final Supplier<ProcessEngine> engine;
  private final FormValidation validation;
  /** Parsed forms by deployment and form key: a deployed form never changes. */
  private final Map<String, FormSchema> schemas = new ConcurrentHashMap<>();

  public CaseForms(Supplier<ProcessEngine> engine, FormValidation validation) {
    this.engine = engine;
    this.validation = validation;
  }

  /**
   * Checks what a worker submits to complete a task (the caller must be able to read the task).
   *
   * @return the values to complete it with, normalised (dates as {@link java.util.Date})
   * @throws InvalidFieldException naming the first field refused
   */
  public Map<String, Object> checkTaskSubmission(String taskId, Map<String, Object> submitted) {
    FormService forms = engine.get().getFormService();
    FormData formData = forms.getTaskFormData(taskId);
    FormSchema schema = schema(formData, () -> forms.getDeployedTaskForm(taskId));
    Map<String, Object> values = mutable(submitted);
    Function<String, Object> existing = name -> engine.get().getTaskService().getVariable(taskId, name);
    validation.validate(schema, submission(values, existing));
    return values;
  }

  /** Checks what a worker submits to start a case on the start form of a process definition. */
  public Map<String, Object> checkStartSubmission(String processDefinitionId, Map<String, Object> submitted) {
    FormService forms = engine.get().getFormService();
    FormData formData = forms.getStartFormData(processDefinitionId);
    FormSchema schema = schema(formData, () -> forms.getDeployedStartForm(processDefinitionId));
    Map<String, Object> values = mutable(submitted);
    validation.validate(schema, submission(values, name -> null));
    return values;
  }

  /** Completes a task through its form, as Tasklist does, after checking the answers. */
  public void submitTaskForm(String taskId, Map<String, Object> submitted) {
    engine.get().getFormService().submitTaskForm(taskId, checkTaskSubmission(taskId, submitted));
  }

  /** Starts the latest version of a process through its start form, after checking the answers. */
  public ProcessInstance submitStartForm(String processKey, Map<String, Object> submitted) {
    ProcessDefinition definition = engine.get().getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(processKey).latestVersion().singleResult();
    if (definition == null) {
      throw new IllegalArgumentException("No process " + processKey + " is deployed");
    }
    return engine.get().getFormService().submitStartForm(definition.getId(),
        checkStartSubmission(definition.getId(), submitted));
  }

  /** The task of a worker: the form id it is completed with. */
  public static String formKeyOf(Task task) {
    CamundaFormRef ref = task.getCamundaFormRef();
    return ref == null ? null : ref.getKey();
  }

  private FormSubmission submission(Map<String, Object> values, Function<String, Object> existing) {
    Authentication user = engine.get().getIdentityService().getCurrentAuthentication();
    return new FormSubmission(values, existing, user == null ? null : user.getUserId(),
        user == null ? List.of() : user.getGroupIds());
  }

  private FormSchema schema(FormData formData, Supplier<InputStream> deployedForm) {
    CamundaFormRef ref = formData == null ? null : formData.getCamundaFormRef();
    if (ref == null || ref.getKey() == null) {
      throw new NoFormException("This step has no form a worker can submit");
    }
    // formRefBinding="deployment" (every model here): the form is the one deployed with the process, fixed for ever
    boolean fixed = "deployment".equals(ref.getBinding()) || "version".equals(ref.getBinding());
    String cacheKey = formData.getDeploymentId() + "/" + ref.getKey() + "/" + ref.getBinding() + "/" + ref.getVersion();
    if (fixed) {
      FormSchema cached = schemas.get(cacheKey);
      if (cached != null) {
        return cached;
      }
    }
    FormSchema schema;
    try (InputStream in = deployedForm.get()) {
      schema = FormSchema.parse(in);
    } catch (IOException e) {
      throw new IllegalStateException("The deployed form " + ref.getKey() + " is not valid JSON", e);
    }
    if (fixed) {
      schemas.put(cacheKey, schema);
    }
    return schema;
  }

  private static Map<String, Object> mutable(Map<String, Object> submitted) {
    // a start or completion without values still has to meet the form's required fields
    return submitted == null ? new HashMap<>() : new HashMap<>(submitted);
  }
}
