package uk.fosteringconcerns.cluster;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import uk.fosteringconcerns.FosteringConcernsApplication;

/**
 * Nodes of a cluster in one JVM: each a Spring context of the application with its own engine name, connection pool
 * and job executor, all on one embedded PostgreSQL (README "Running several nodes").
 */
public final class ClusterNodes {

  private ClusterNodes() {}

  /** A node of the application on this PostgreSQL, its job executor on; call {@code run()} to start it. */
  public static SpringApplicationBuilder node(EmbeddedPostgres postgres, String name) {
    Map<String, Object> properties = new HashMap<>();
    properties.put("FOSTERING_DB_HOST", "localhost");
    properties.put("FOSTERING_DB_PORT", String.valueOf(postgres.getPort()));
    properties.put("FOSTERING_DB_NAME", "postgres");
    properties.put("FOSTERING_DB_USER", "postgres");
    properties.put("FOSTERING_DB_PASSWORD", "postgres");
    properties.put("FOSTERING_DB_POOL_SIZE", "5");
    properties.put("camunda.bpm.process-engine-name", name);
    properties.put("camunda.bpm.job-execution.enabled", "true");
    // the job log names the node that ran each job
    properties.put("camunda.bpm.generic-properties.properties.hostname", name);
    properties.put("spring.main.register-shutdown-hook", "false");
    properties.put("spring.application.name", name);
    // no web server in these nodes: the REST API's auto-configuration needs one
    properties.put("spring.autoconfigure.exclude",
        "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration");
    return new SpringApplicationBuilder(FosteringConcernsApplication.class)
        .web(WebApplicationType.NONE)
        .profiles("postgres", "demo", "test")
        .properties(properties)
        .logStartupInfo(false);
  }
}
