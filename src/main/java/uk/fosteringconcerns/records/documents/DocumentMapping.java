package uk.fosteringconcerns.records.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.delegate.VariableScope;
import uk.fosteringconcerns.decisions.SystemDecisions;

/**
 * Which task completion produces which document: DMN {@code case-documents} (inputs {@code processKey},
 * {@code taskKey}; outputs {@code documentType} and {@code onlyWhenTrue}, the Boolean variable that must be true,
 * e.g. {@code reportApproved}). Evaluated once per process definition and task (the listener caches the answer).
 */
public class DocumentMapping {

  public static final String DECISION_KEY = "case-documents";
  public static final String PROCESS_KEY = "processKey";
  public static final String TASK_KEY = "taskKey";
  public static final String DOCUMENT_TYPE = "documentType";
  public static final String ONLY_WHEN_TRUE = "onlyWhenTrue";

  /** A document to produce, when the named Boolean variable is true (always when it is null). */
  public record Rule(DocumentType type, String onlyWhenTrue) {
    public boolean applies(VariableScope scope) {
      return onlyWhenTrue == null || Boolean.TRUE.equals(scope.getVariable(onlyWhenTrue));
    }
  }

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DocumentMapping.class);

  private final SystemDecisions decisions;

  public DocumentMapping(SystemDecisions decisions) {
    this.decisions = decisions;
  }

  public List<Rule> rulesFor(String processKey, String taskKey) {
    List<Rule> rules = new ArrayList<>();
    org.camunda.bpm.dmn.engine.DmnDecisionResult result;
    try {
      result = decisions.evaluate(DECISION_KEY, Map.of(PROCESS_KEY, processKey, TASK_KEY, taskKey));
    } catch (org.camunda.bpm.engine.exception.NotFoundException e) {
      // a deployment without the table (e.g. a process deployed on its own) produces no documents
      LOG.warn("DMN {} is not deployed: task {} of {} produces no document", DECISION_KEY, taskKey, processKey);
      return List.of();
    }
    for (DmnDecisionResultEntries row : result) {
      String type = (String) row.get(DOCUMENT_TYPE);
      String condition = (String) row.get(ONLY_WHEN_TRUE);
      try {
        rules.add(new Rule(DocumentType.valueOf(type), condition == null || condition.isBlank() ? null : condition));
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new IllegalStateException("DMN " + DECISION_KEY + " names an unknown document type '" + type
            + "' for " + processKey + "/" + taskKey, e);
      }
    }
    return List.copyOf(rules);
  }
}
