package uk.fosteringconcerns.records.documents;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Added to every user task's {@code complete} event at parse time (one per task of each deployed process
 * definition). The first completion asks {@link DocumentMapping} which documents the task produces and keeps the
 * answer, so later completions cost a field read; a task that produces nothing does nothing.
 */
public class DocumentTaskListener implements TaskListener {

  private final CaseDocuments documents;
  private final DocumentMapping mapping;
  private final String processKey;
  private final String taskKey;
  private volatile List<DocumentMapping.Rule> rules;

  public DocumentTaskListener(CaseDocuments documents, DocumentMapping mapping, String processKey, String taskKey) {
    this.documents = documents;
    this.mapping = mapping;
    this.processKey = processKey;
    this.taskKey = taskKey;
  }

  @Override
  public void notify(DelegateTask task) {
    List<DocumentMapping.Rule> known = rules;
    if (known == null) {
      known = mapping.rulesFor(processKey, taskKey);
      rules = known;
    }
    for (DocumentMapping.Rule rule : known) {
      if (rule.applies(task)) {
        documents.produce(rule.type(), task);
      }
    }
  }
}
