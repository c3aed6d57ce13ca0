package uk.fosteringconcerns.tasklist;

import uk.fosteringconcerns.records.documents.CaseDocuments;
import uk.fosteringconcerns.testing.FixtureBeans;
import uk.fosteringconcerns.testing.FixtureContext;

/** The case views of every task (issue 10) on the engine-only test engine, as the application has them. */
public class TasklistFixtureBeans implements FixtureBeans {

  @Override
  public void contribute(FixtureContext context) {
    // after RecordsFixtureBeans: the header links the case's documents
    CaseDocuments documents = context.bean("caseDocuments");
    context.parseListeners().add(new CaseViewListener(new CaseViews(new CaseWords()), documents::documentsOf));
    context.plugin(new CaseViewHistoryPlugin());
  }
}
