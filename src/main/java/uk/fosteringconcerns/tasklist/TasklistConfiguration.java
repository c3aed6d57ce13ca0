package uk.fosteringconcerns.tasklist;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.fosteringconcerns.records.documents.CaseDocuments;

/** What a worker sees of a case in Tasklist (issue 10): the case views of every task. */
@Configuration
public class TasklistConfiguration {

  @Bean
  public CaseWords caseWords() {
    return new CaseWords();
  }

  @Bean
  public CaseViews caseViews(CaseWords words) {
    return new CaseViews(words);
  }

  @Bean
  public CaseViewListener caseViewListener(CaseViews views, CaseDocuments documents) {
    return new CaseViewListener(views, documents::documentsOf);
  }

  @Bean
  public CaseViewHistoryPlugin caseViewHistoryPlugin() {
    return new CaseViewHistoryPlugin();
  }
}
