package uk.fosteringconcerns.casereference;

import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.fosteringconcerns.calendar.CalendarProperties;

@Configuration
@EnableConfigurationProperties(CalendarProperties.class)
public class CaseReferenceConfiguration {

  @Bean
  @DependsOnDatabaseInitialization
  public CaseReferenceService caseReferenceService(DataSource dataSource, CalendarProperties calendar) {
    CaseReferenceService service = new CaseReferenceService(dataSource);
    service.prepareYears(calendar.getFirstYear(), calendar.getLastYear());
    return service;
  }

  @Bean
  @DependsOnDatabaseInitialization
  public StartRequests startRequests(DataSource dataSource) {
    return new StartRequests(dataSource);
  }

  @Bean
  public StartRequestParseListener startRequestParseListener(StartRequests requests) {
    return new StartRequestParseListener(requests);
  }

  @Bean("caseReferenceListener")
  public CaseReferenceListener caseReferenceListener(CaseReferenceService service) {
    return new CaseReferenceListener(service);
  }
}
