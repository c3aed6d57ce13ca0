package uk.fosteringconcerns.forms;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.FormDefinition;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;

/**
 * Runs the form validation for every way a worker or client starts a process or completes a task: the
 * Java API, `/engine-rest` (start, complete, submit-form) and Tasklist. It sits inside the command context and
 * throws {@code FormFieldValidationException} before the command runs, so REST answers 400 naming the field,
 * and nothing is created or completed.
 */
public class FormValidationInterceptor extends CommandInterceptor {

  private final FormValidation validation;
  /** Parsed forms by form definition id: a deployed form never changes. */
  private final Map<String, FormSchema> schemas = new ConcurrentHashMap<>();

  public FormValidationInterceptor(FormValidation validation) {
    this.validation = validation;
  }

  @Override
  public <T> T execute(Command<T> command) {
    CommandContext commandContext = Context.getCommandContext();
    if (commandContext != null) {
      if (command instanceof CompleteTaskCmd) {
        onTask(commandContext, field(command, "taskId"), writableMap(command, "variables"));
      } else if (command instanceof SubmitTaskFormCmd) {
        onTask(commandContext, field(command, "taskId"), writableMap(command, "properties"));
      } else if (command instanceof StartProcessInstanceCmd || command instanceof StartProcessInstanceAtActivitiesCmd) {
        ProcessInstantiationBuilderImpl builder = field(command, "instantiationBuilder");
        onStart(commandContext, definition(commandContext, builder), builder.getVariables());
      } else if (command instanceof SubmitStartFormCmd) {
        String definitionId = field(command, "processDefinitionId");
        onStart(commandContext, deployed(commandContext, definitionId), writableMap(command, "variables"));
      }
    }
    return next.execute(command);
  }

  private void onTask(CommandContext commandContext, String taskId, Map<String, Object> variables) {
    if (taskId == null) {
      return;
    }
    TaskEntity task = commandContext.getTaskManager().findTaskById(taskId);
    if (task == null || task.getProcessDefinitionId() == null || task.getTaskDefinition() == null) {
      return;
    }
    TaskDefinition definition = task.getTaskDefinition();
    String formKey = formKey(definition.getFormDefinition(), task);
    if (formKey == null) {
      return;
    }
    ProcessDefinitionEntity process = deployed(commandContext, task.getProcessDefinitionId());
    FormSchema schema = schema(commandContext, formKey, definition.getCamundaFormDefinitionBinding(), process);
    validation.validate(schema, mutable(variables), name -> task.getVariable(name));
  }

  private void onStart(CommandContext commandContext, ProcessDefinitionEntity process, Map<String, Object> variables) {
    if (process == null) {
      return;
    }
    FormDefinition start = process.getStartFormDefinition();
    String formKey = formKey(start, null);
    if (formKey == null) {
      return;
    }
    FormSchema schema = schema(commandContext, formKey, start.getCamundaFormDefinitionBinding(), process);
    Function<String, Object> nothingYet = name -> null;
    validation.validate(schema, mutable(variables), nothingYet);
  }

  private static String formKey(FormDefinition definition, TaskEntity scope) {
    if (definition == null || definition.getCamundaFormDefinitionKey() == null) {
      return null;
    }
    Expression key = definition.getCamundaFormDefinitionKey();
    String text = key.getExpressionText();
    if (scope != null && text.contains("{")) {
      return (String) key.getValue(scope);
    }
    return text;
  }

  private FormSchema schema(CommandContext commandContext, String formKey, String binding,
      ProcessDefinitionEntity process) {
    CamundaFormDefinitionEntity form = commandContext.runWithoutAuthorization(() ->
        "deployment".equals(binding)
            ? commandContext.getCamundaFormDefinitionManager()
                .findDefinitionByDeploymentAndKey(process.getDeploymentId(), formKey)
            : commandContext.getCamundaFormDefinitionManager().findLatestDefinitionByKey(formKey));
    if (form == null) {
      throw new IllegalStateException("Form '" + formKey + "' of process " + process.getKey() + " is not deployed");
    }
    return schemas.computeIfAbsent(form.getId(), id -> {
      ResourceEntity resource = commandContext.getResourceManager()
          .findResourceByDeploymentIdAndResourceName(form.getDeploymentId(), form.getResourceName());
      try {
        return FormSchema.parse(resource.getBytes());
      } catch (java.io.IOException e) {
        throw new IllegalStateException("Form '" + formKey + "' is not valid JSON", e);
      }
    });
  }

  private static ProcessDefinitionEntity definition(CommandContext commandContext,
      ProcessInstantiationBuilderImpl builder) {
    if (builder.getProcessDefinitionId() != null) {
      return deployed(commandContext, builder.getProcessDefinitionId());
    }
    if (builder.getProcessDefinitionKey() == null) {
      return null;
    }
    return Context.getProcessEngineConfiguration().getDeploymentCache()
        .findDeployedLatestProcessDefinitionByKey(builder.getProcessDefinitionKey());
  }

  private static ProcessDefinitionEntity deployed(CommandContext commandContext, String definitionId) {
    if (definitionId == null) {
      return null;
    }
    return Context.getProcessEngineConfiguration().getDeploymentCache()
        .findDeployedProcessDefinitionById(definitionId);
  }

  /** The engine's commands keep their inputs in fields without getters; read them, or fail loudly. */
  @SuppressWarnings("unchecked")
  static <V> V field(Object command, String name) {
    Class<?> type = command.getClass();
    while (type != null) {
      try {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return (V) field.get(command);
      } catch (NoSuchFieldException e) {
        type = type.getSuperclass();
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("Cannot read " + name + " of " + command.getClass().getName(), e);
      }
    }
    throw new IllegalStateException("Camunda changed " + command.getClass().getName()
        + ": field '" + name + "' is gone; form validation must be adapted");
  }

  /**
   * The submitted map is normalised in place; a caller may have passed an immutable map (Map.of), so the
   * command gets a writable copy first.
   */
  private static Map<String, Object> writableMap(Object command, String name) {
    Map<String, Object> variables = field(command, name);
    if (variables instanceof org.camunda.bpm.engine.variable.impl.VariableMapImpl
        || variables instanceof java.util.HashMap) {
      return variables;
    }
    org.camunda.bpm.engine.variable.VariableMap copy = org.camunda.bpm.engine.variable.Variables.createVariables();
    if (variables != null) {
      copy.putAll(variables);
    }
    setField(command, name, copy);
    return copy;
  }

  private static void setField(Object command, String name, Object value) {
    Class<?> type = command.getClass();
    while (type != null) {
      try {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        field.set(command, value);
        return;
      } catch (NoSuchFieldException e) {
        type = type.getSuperclass();
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("Cannot write " + name + " of " + command.getClass().getName(), e);
      }
    }
    throw new IllegalStateException("Camunda changed " + command.getClass().getName() + ": no field " + name);
  }

  private static Map<String, Object> mutable(Map<String, Object> variables) {
    // a start or completion without variables still has to meet the form's required fields
    return variables == null ? new java.util.HashMap<>() : variables;
  }
}
