package uk.fosteringconcerns.engine;

import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class EngineConfiguration {

  /** The Camunda starter applies every ProcessEnginePlugin bean to the engine. */
  @Bean
  public ParseListenersPlugin parseListenersPlugin(List<BpmnParseListener> listeners) {
    return new ParseListenersPlugin(listeners);
  }

  /** Indexes and statistics the engine's queries need at national scale (issue 18). */
  @Bean
  public EngineTuning engineTuning(uk.fosteringconcerns.cluster.StartupLock startupLock) {
    return new EngineTuning(startupLock);
  }

  /** A worker's commands checked against their own groups' grants, without reading every group's (issue 18). */
  @Bean
  public WorkerGroups workerGroups() {
    return new WorkerGroups();
  }

  /**
   * PostgreSQL only (profile postgres sets the property): task-list reads planned with their values. Last of the
   * filters ("match after", like the webapps' own), so permission checks come first.
   */
  @Bean
  @ConditionalOnProperty(name = "camunda.bpm.database.type", havingValue = "postgres")
  public FilterRegistrationBean<TaskListPlans> taskListPlans(DataSource dataSource,
      org.springframework.transaction.PlatformTransactionManager transactions) {
    FilterRegistrationBean<TaskListPlans> registration =
        new FilterRegistrationBean<>(new TaskListPlans(dataSource, transactions));
    registration.setName("fostering-task-list-plans");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setMatchAfter(true);
    registration.setOrder(org.springframework.core.Ordered.LOWEST_PRECEDENCE);
    return registration;
  }
}
