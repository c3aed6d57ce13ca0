package uk.fosteringconcerns.triage;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import uk.fosteringconcerns.forms.FormField;
import uk.fosteringconcerns.forms.FormSchema;
import uk.fosteringconcerns.timescales.Deadlines;

/**
 * Builds what Tasklist would submit for a form: every input field of the deployed form filled with a plausible
 * value (checkboxes false unless they must be ticked, dates today as ISO strings, the first choice of a radio,
 * a short text; named workers left out), then the test's own answers on top. An answer of {@code null} leaves the
 * field out.
 */
public final class FormSubmissions {

  private FormSubmissions() {}

  /** Parsed once per form: the benchmark fills thousands of submissions. */
  private static final java.util.Map<String, FormSchema> SCHEMAS = new java.util.concurrent.ConcurrentHashMap<>();

  public static FormSchema schema(String formId) {
    return SCHEMAS.computeIfAbsent(formId, FormSubmissions::parse);
  }

  private static FormSchema parse(String formId) {
    try (InputStream in = FormSubmissions.class.getClassLoader().getResourceAsStream("forms/" + formId + ".form")) {
      if (in == null) {
        throw new IllegalArgumentException("No form " + formId);
      }
      return FormSchema.parse(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public static Map<String, Object> fill(String formId, Map<String, Object> answers) {
    Map<String, Object> values = new LinkedHashMap<>();
    String today = Deadlines.toLocalDate(ClockUtil.getCurrentTime()).toString();
    for (FormField field : schema(formId).fields().values()) {
      // a named worker is a real user of a group: left out unless the test names one
      if (field.readOnly() || uk.fosteringconcerns.allocation.CaseWorkers.VARIABLES.contains(field.key())) {
        continue;
      }
      Object value;
      if (field.isCheckbox()) {
        value = field.required();
      } else if (field.isDate()) {
        value = today;
      } else if ("email".equals(field.validationType())) {
        value = "someone@example.org";
      } else if (field.hasAllowedValues()) {
        value = field.allowedValues().get(0);
      } else {
        value = "Recorded in the test";
      }
      values.put(field.key(), value);
    }
    answers.forEach((key, value) -> {
      if (value == null) {
        values.remove(key);
      } else {
        values.put(key, value);
      }
    });
    return values;
  }

  /** A map that may hold nulls (Map.of may not). */
  public static Map<String, Object> answers(Object... keysAndValues) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  /** The form id of an open task (its camunda:formRef). */
  public static String formOf(ProcessEngine engine, Task task) {
    Task withForm = engine.getTaskService().createTaskQuery().taskId(task.getId()).initializeFormKeys().singleResult();
    return withForm.getCamundaFormRef().getKey();
  }

  /** Completes a task the way Tasklist does: submit its form, filled, with these answers. */
  public static void submit(ProcessEngine engine, Task task, Map<String, Object> answers) {
    uk.fosteringconcerns.testing.ProcessEngineFixture.forms(engine).submitTaskForm(task.getId(),
        fill(formOf(engine, task), answers));
  }

  /** The open tasks of a case (this process instance and any it called). */
  public static List<Task> openTasks(ProcessEngine engine, String businessKey) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey)
        .orderByTaskCreateTime().asc().list();
  }
}
