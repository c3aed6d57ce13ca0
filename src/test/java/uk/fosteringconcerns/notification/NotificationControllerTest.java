package uk.fosteringconcerns.notification;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import uk.fosteringconcerns.testing.ProcessEngineFixture;

/** PROCESS-API section 5: GET /api/notifications, by role, never a 500 on bad input. */
class NotificationControllerTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineFixture.extension();

  ProcessEngine engine;
  MockMvc mvc;

  @BeforeEach
  void setUp(ProcessEngine engine) {
    this.engine = engine;
    var dataSource = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource();
    new JdbcTemplate(dataSource).update("DELETE FROM fc_notification");
    NotificationService notifications = new NotificationService(dataSource, new NotificationTemplates());
    long now = System.currentTimeMillis();
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(new java.util.Date(now - 3000));
    notifications.queue("CC-2026-00001", "lado-notified", "lado", null, null, Map.of("caseReference", "CC-2026-00001"));
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(new java.util.Date(now - 2000));
    notifications.queue("CC-2026-00002", "lado-notified", "business-support,fostering-social-worker",
        "carer@example.org", null, Map.of("caseReference", "CC-2026-00002"));
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(new java.util.Date(now - 1000));
    notifications.queue("CC-2026-00002", "lado-notified", "iro", null, null, Map.of("caseReference", "CC-2026-00002"));
    mvc = MockMvcBuilders.standaloneSetup(new NotificationController(notifications, () -> engine)).build();
  }

  @AfterEach
  void tearDown() {
    engine.getIdentityService().clearAuthentication();
    org.camunda.bpm.engine.impl.util.ClockUtil.reset();
  }

  private void login(String user, String... groups) {
    engine.getIdentityService().setAuthentication(user, List.of(groups));
  }

  @Test
  @DisplayName("no authenticated user: 401")
  void unauthenticated() throws Exception {
    mvc.perform(get("/api/notifications")).andExpect(status().isUnauthorized());
  }

  @Test
  @DisplayName("the LADO, managers, QA and admins see every notification, newest first")
  void privilegedSeeAll() throws Exception {
    for (String group : NotificationController.SEE_ALL) {
      login("someone", group);
      mvc.perform(get("/api/notifications")).andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(3)));
    }
    login("laura", "lado");
    mvc.perform(get("/api/notifications").param("caseReference", "CC-2026-00002"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$", hasSize(2)))
        .andExpect(jsonPath("$[1].caseReference").value("CC-2026-00002"))
        .andExpect(jsonPath("$[1].recipientGroups[0]").value("business-support"))
        .andExpect(jsonPath("$[1].recipientAddress").value("carer@example.org"))
        .andExpect(jsonPath("$[1].state").value("PENDING"))
        .andExpect(jsonPath("$[1].template").value("lado-notified"))
        .andExpect(jsonPath("$[1].createdAt").value(containsString("T")))
        .andExpect(jsonPath("$[1].subject").value(containsString("CC-2026-00002")));
  }

  @Test
  @DisplayName("other workers see only what was addressed to their groups")
  void othersSeeTheirOwn() throws Exception {
    login("bella", "business-support");
    mvc.perform(get("/api/notifications")).andExpect(status().isOk())
        .andExpect(jsonPath("$", hasSize(1)))
        .andExpect(jsonPath("$[0].caseReference").value("CC-2026-00002"))
        .andExpect(jsonPath("$[0].recipientAddress").doesNotExist());
    login("ian", "iro");
    mvc.perform(get("/api/notifications")).andExpect(jsonPath("$", hasSize(1)));
    login("chris", "childrens-social-worker");
    mvc.perform(get("/api/notifications")).andExpect(jsonPath("$", hasSize(0)));
  }

  @Test
  @DisplayName("bad input is a 400 naming the parameter, never a 500")
  void badInput() throws Exception {
    login("laura", "lado");
    mvc.perform(get("/api/notifications").param("caseReference", "'; DROP TABLE x"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("caseReference"));
    mvc.perform(get("/api/notifications").param("state", "LOST"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("state"));
    mvc.perform(get("/api/notifications").param("maxResults", "lots"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("maxResults"));
    mvc.perform(get("/api/notifications").param("maxResults", "0"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("maxResults"));
    mvc.perform(get("/api/notifications").param("firstResult", "-1"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("firstResult"));
    mvc.perform(get("/api/notifications").param("state", "PENDING").param("firstResult", "1")
        .param("maxResults", "1")).andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(1)));
  }
}
