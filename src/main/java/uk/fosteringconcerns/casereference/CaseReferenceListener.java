package uk.fosteringconcerns.casereference;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * Process start listener: a case started by a person gets a new case reference as its business key; a
 * process called by another keeps the caller's (call activities pass the business key on), so Cockpit and
 * Tasklist show one reference end to end. The reference is also kept as the variable `caseReference`.
 */
public class CaseReferenceListener implements ExecutionListener {

  public static final String CASE_REFERENCE = "caseReference";

  private final CaseReferenceService references;

  public CaseReferenceListener(CaseReferenceService references) {
    this.references = references;
  }

  @Override
  public void notify(DelegateExecution execution) {
    boolean calledByAnotherProcess = execution.getSuperExecution() != null;
    String businessKey = execution.getProcessBusinessKey();
    if (!calledByAnotherProcess || !CaseReferenceService.isCaseReference(businessKey)) {
      businessKey = references.next();
      execution.setProcessBusinessKey(businessKey);
    }
    execution.setVariable(CASE_REFERENCE, businessKey);
  }
}
