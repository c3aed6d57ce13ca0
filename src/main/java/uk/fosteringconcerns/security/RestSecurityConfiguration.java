package uk.fosteringconcerns.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import uk.fosteringconcerns.casereference.StartRequests;
import uk.fosteringconcerns.forms.CaseForms;
import uk.fosteringconcerns.timescales.StatutoryTasks;

/**
 * Who may call what (issue 17):
 * <ul>
 *   <li>{@code /engine-rest/*} requires HTTP Basic against the engine's identity service (401 without it);</li>
 *   <li>{@code /api/*} too, or for reading the session of a Tasklist/Cockpit user ({@link ApiAuthenticationFilter});</li>
 *   <li>the {@link WorkerRequestGuard} stands behind both engine API doors ({@code /engine-rest} and the webapps'
 *       {@code /camunda/api/engine}), after the caller is known;</li>
 *   <li>answers carrying case data are {@code no-store} and {@code nosniff} ({@link SecurityHeadersFilter}).</li>
 * </ul>
 */
@Configuration
public class RestSecurityConfiguration {

  @Bean
  public FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter() {
    FilterRegistrationBean<SecurityHeadersFilter> registration = new FilterRegistrationBean<>(new SecurityHeadersFilter());
    registration.setName("fostering-security-headers");
    registration.addUrlPatterns("/engine-rest/*", "/api/*", "/camunda/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  @Bean
  public FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthenticationFilter() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = new FilterRegistrationBean<>();
    registration.setName("fostering-rest-authentication");
    registration.setFilter(new ProcessEngineAuthenticationFilter());
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(10);
    return registration;
  }

  @Bean
  public FilterRegistrationBean<ApiAuthenticationFilter> apiAuthenticationFilter(ObjectProvider<ProcessEngine> engine) {
    FilterRegistrationBean<ApiAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ApiAuthenticationFilter(engine::getObject));
    registration.setName("fostering-api-authentication");
    registration.addUrlPatterns("/api/*");
    registration.setOrder(10);
    return registration;
  }

  @Bean
  public WorkerRequestGuard workerRequestGuard(ObjectProvider<ProcessEngine> engine, CaseForms forms,
      StatutoryTasks statutoryTasks, StartRequests startRequests) {
    return new WorkerRequestGuard(engine::getObject, forms, statutoryTasks, startRequests);
  }

  /** Behind the HTTP Basic filter of /engine-rest. */
  @Bean
  public FilterRegistrationBean<WorkerRequestGuard> restGuard(WorkerRequestGuard guard) {
    FilterRegistrationBean<WorkerRequestGuard> registration = new FilterRegistrationBean<>(guard);
    registration.setName("fostering-rest-guard");
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(20);
    return registration;
  }

  /**
   * Behind the webapps' session authentication: the Camunda starter registers its filters "match after", so this
   * registration is "match after" too and comes after them.
   */
  @Bean
  public FilterRegistrationBean<WorkerRequestGuard> webappGuard(WorkerRequestGuard guard) {
    FilterRegistrationBean<WorkerRequestGuard> registration = new FilterRegistrationBean<>(guard);
    registration.setName("fostering-webapp-guard");
    registration.addUrlPatterns("/camunda/api/engine/*");
    registration.setMatchAfter(true);
    registration.setOrder(Ordered.LOWEST_PRECEDENCE);
    return registration;
  }
}
