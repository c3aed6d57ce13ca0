package uk.fosteringconcerns.oversight;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** PROCESS-API section 9 on the whole application with H2 (the figures of {@link OversightScenario}). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:oversight-h2;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles({"demo", "test"})
class OversightApiH2Test extends OversightApiTestBase {
}
