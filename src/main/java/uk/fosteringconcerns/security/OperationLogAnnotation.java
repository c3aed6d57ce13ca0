package uk.fosteringconcerns.security;

import java.util.Date;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.UserOperationLogEntry;

/**
 * Writes why an administrator changed a case as the annotation of the user operation log entries their request made
 * (the engine records who and what; Cockpit shows the annotation beside them).
 */
class OperationLogAnnotation {

  private final ProcessEngine engine;

  OperationLogAnnotation(ProcessEngine engine) {
    this.engine = engine;
  }

  void annotate(String userId, Date since, String annotation) {
    Set<String> operations = new LinkedHashSet<>();
    for (UserOperationLogEntry entry : engine.getHistoryService().createUserOperationLogQuery().userId(userId)
        .afterTimestamp(since).list()) {
      // annotating writes entries of its own, which are not the change
      boolean annotating = UserOperationLogEntry.OPERATION_TYPE_SET_ANNOTATION.equals(entry.getOperationType())
          || UserOperationLogEntry.OPERATION_TYPE_CLEAR_ANNOTATION.equals(entry.getOperationType());
      if (!annotating && entry.getAnnotation() == null && entry.getOperationId() != null) {
        operations.add(entry.getOperationId());
      }
    }
    operations.forEach(id -> engine.getHistoryService().setAnnotationForOperationLogById(id, annotation));
  }
}
