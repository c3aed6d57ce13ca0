package uk.fosteringconcerns.bench;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.fosteringconcerns.FosteringConcernsApplication;

/**
 * The application's own Spring context (every bean, plugin, listener and configuration of the product, profiles
 * {@code postgres} and {@code demo}) inside the benchmark's JVM, without a web server; its job executor is off because
 * the benchmark executes the due timers itself on the moved engine clock.
 */
final class ProductContext {

  private ProductContext() {}

  static ConfigurableApplicationContext start(BenchDatabase database, String name) {
    Map<String, Object> properties = database.appProperties(BenchDatabase.PRODUCT);
    properties.put("FOSTERING_DB_POOL_SIZE", "10");
    properties.put("camunda.bpm.process-engine-name", name);
    properties.put("camunda.bpm.job-execution.enabled", "false");
    properties.put("spring.main.register-shutdown-hook", "false");
    properties.put("spring.autoconfigure.exclude",
        "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration");
    // the levels of the test profile: a smoke run inside the test JVM leaves logging as the other tests expect it
    properties.put("logging.level.root", "WARN");
    properties.put("logging.level.uk.fosteringconcerns", "INFO");
    // the outbox keeps the notifications (no mail server in the benchmark); the nightly retention is not due
    properties.put("fostering.notifications.sender.enabled", "false");
    properties.put("fostering.records.retention.enabled", "false");
    // as command-line arguments: they take precedence over application.yaml (default properties would not)
    String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
        .toArray(String[]::new);
    return new SpringApplicationBuilder(FosteringConcernsApplication.class)
        .web(WebApplicationType.NONE)
        .profiles("postgres", "demo")
        .logStartupInfo(false)
        .run(args);
  }

  static ProcessEngine engine(ConfigurableApplicationContext context) {
    return context.getBean(ProcessEngine.class);
  }
}
