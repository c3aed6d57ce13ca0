package uk.fosteringconcerns.allocation;

import uk.fosteringconcerns.testing.FixtureBeans;
import uk.fosteringconcerns.testing.FixtureContext;

/** Named workers on the engine-only test engine: the task assignment, the form rules, the allocation delegate. */
public class AllocationFixtureBeans implements FixtureBeans {

  @Override
  public void contribute(FixtureContext context) {
    NamedWorkers workers = new NamedWorkers(context.engine());
    context.parseListeners().add(new NamedWorkerAssignment());
    context.register("caseAllocationDelegate", new CaseAllocationDelegate(workers));
    context.formRules().addAll(NamedWorkerRules.all(workers));
  }
}
