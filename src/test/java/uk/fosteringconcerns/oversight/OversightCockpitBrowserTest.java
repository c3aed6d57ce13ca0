package uk.fosteringconcerns.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import uk.fosteringconcerns.browser.BrowserSession;
import uk.fosteringconcerns.identity.DemoUsers;

/**
 * Where managers already look (issue 16): Cockpit in Debian's Chromium at 1366 x 768, as the LADO and as a fostering
 * manager, on the cases of {@link OversightScenario}. The oversight figures and the overdue work by team are on the
 * dashboard; a case's tasks tab shows the tasks the manager oversees; Cockpit's task views that need every task's
 * permission (and so showed "Open Human Tasks 0", "No user tasks" or an authorization error) are gone.
 * Screenshots: target/browser-screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:oversight-browser;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles({"demo", "test"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OversightCockpitBrowserTest {

  private static final By DASHBOARD = By.id("fostering-oversight");

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;

  private OversightScenario scenario;
  private BrowserSession browser;

  @BeforeAll
  void start() {
    scenario = new OversightScenario(engine).run();
    browser = BrowserSession.start(port);
  }

  @AfterAll
  void stop() {
    try {
      if (browser != null) {
        browser.close();
      }
    } finally {
      ClockUtil.reset();
    }
  }

  @Test
  @DisplayName("the LADO finds the year's figures, month by month, and every team's overdue work on the Cockpit dashboard")
  void ladoDashboard() {
    browser.loginToCockpit("laura", DemoUsers.PASSWORD);
    browser.waitFor(DASHBOARD);
    browser.waitForText(figure("lado", "contacts", 2), "4");
    assertNoTaskViewsOrErrors();
    // the same on a page of its own, from the navigation bar
    browser.waitFor(By.id("fostering-oversight-link")).click();
    browser.until("the oversight page", d -> d.getCurrentUrl().contains("#/oversight"));
    browser.waitForText(figure("lado", "contacts", 2), "4");
    browser.screenshot("cockpit-oversight-laura");
    assertThat(cell("lado", "decisionsWithin24Hours", 5).getText()).isEqualTo("33.3%");
    assertThat(cell("lado", "iemWithin5WorkingDays", 3).getText()).isEqualTo("1");
    assertThat(cell("standards-of-care", "visitsOnTime", 5).getText()).isEqualTo("66.7%");
    assertThat(cell("escalations", "medianWorkingDaysToResolve", 2).getText()).isEqualTo("4.5");
    // the months as charts: June 2025 had the two late and on-time decisions
    List<WebElement> bars = browser.driver().findElements(By.cssSelector(
        "[data-report='lado'] figure[data-figure='decisionsWithin24Hours'] svg rect"));
    assertThat(bars).isNotEmpty();
    assertThat(browser.driver().findElement(By.cssSelector(
        "[data-report='lado'] figure[data-figure='decisionsWithin24Hours'] svg")).getAttribute("aria-label"))
        .contains("Jun 25: 1 on time, 1 late").contains("Aug 25: 0 on time, 1 late");
    // overdue by team, oldest first, with holder and working days late
    List<WebElement> overdue = browser.driver().findElements(By.cssSelector(".fc-overdue-work tr.fc-overdue"));
    assertThat(overdue).hasSize(4);
    assertThat(overdue.get(0).getText()).contains(scenario.l4).contains("Not yet picked up")
        .contains(String.valueOf(scenario.workingDaysLate(java.time.LocalDate.of(2025, 4, 24))));
    assertThat(browser.driver().findElements(By.cssSelector(".fc-overdue-work .fc-team"))).hasSize(3);
    assertThat(browser.driver().findElements(By.cssSelector(".fc-report .fc-csv"))).hasSize(4);
    browser.scrollTo(browser.driver().findElement(By.cssSelector("[data-report='lado'] .fc-charts")));
    browser.screenshot("cockpit-oversight-charts-laura");
    assertNoTaskViewsOrErrors();
  }

  @Test
  @DisplayName("a fostering manager sees only the fostering teams' figures and late work, and a case's tasks with who holds them")
  void fosteringManagerDashboardAndCase() {
    browser.loginToCockpit("frank", DemoUsers.PASSWORD);
    browser.waitFor(DASHBOARD);
    browser.waitForText(figure("standards-of-care", "visitsOnTime", 2), "3");
    assertThat(cell("lado", "contacts", 2).getText()).isEqualTo("0");
    List<WebElement> overdue = browser.driver().findElements(By.cssSelector(".fc-overdue-work tr.fc-overdue"));
    assertThat(overdue).hasSize(1);
    assertThat(overdue.get(0).getText()).contains(scenario.s4).contains("Visit the foster carer");
    browser.scrollTo(browser.driver().findElement(DASHBOARD));
    browser.screenshot("cockpit-dashboard-frank");
    assertNoTaskViewsOrErrors();

    // the case, from the overdue list: its tasks tab lists the visit, held by nobody yet, days late
    overdue.get(0).findElement(By.tagName("a")).click();
    WebElement tab = browser.waitFor(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space()='User Tasks']"));
    assertThat(browser.driver().findElements(
        By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space()='User Tasks']"))).hasSize(1);
    tab.click();
    WebElement tasks = browser.waitFor(By.cssSelector("table.fc-case-tasks"));
    assertThat(tasks.getText()).contains("Visit the foster carer").contains("Not yet picked up")
        .contains(String.valueOf(scenario.workingDaysLate(java.time.LocalDate.of(2026, 2, 9))))
        .doesNotContain("No user tasks");
    browser.screenshot("cockpit-case-tasks-frank");
    assertThat(browser.visibleText()).doesNotContainIgnoringCase("authorization");
  }

  @Test
  @DisplayName("Cockpit's own Human Tasks page is not offered: it needs every task's permission, which managers do not have")
  void humanTasksPageIsNotOffered() {
    browser.loginToCockpit("frank", DemoUsers.PASSWORD);
    browser.waitFor(DASHBOARD);
    browser.open("/camunda/app/cockpit/" + BrowserSession.ENGINE + "/#/tasks");
    browser.waitFor(By.cssSelector("[cam-widget-header]"));
    assertThat(browser.visibleText()).doesNotContainIgnoringCase("authorization")
        .doesNotContainIgnoringCase("not allowed");
    browser.screenshot("cockpit-human-tasks-frank");
  }

  @Test
  @DisplayName("Tasklist is unchanged for a manager: her own groups' work only (PROCESS-API section 1)")
  void tasklistStillShowsOnlyTheirGroupsWork() {
    browser.loginToTasklist("carol", DemoUsers.PASSWORD);
    browser.until("Tasklist's filters", d -> browser.visibleText().contains("My team's tasks"));
    browser.driver().findElement(By.xpath("//*[text()[contains(., \"My team's tasks\")]]")).click();
    browser.until("carol's team's task", d -> browser.visibleText().contains("Discuss the concern"));
    String text = browser.visibleText();
    assertThat(text).doesNotContain("Visit the foster carer").doesNotContain("Post-Allegation");
    browser.screenshot("tasklist-carol");
  }

  private void assertNoTaskViewsOrErrors() {
    String text = browser.visibleText();
    assertThat(text).doesNotContain("Open Human Tasks").doesNotContainIgnoringCase("authorization")
        .doesNotContain("could not be loaded");
    assertThat(browser.driver().findElements(By.xpath("//a[normalize-space()='Human Tasks']"))).isEmpty();
  }

  private static By figure(String report, String figure, int column) {
    return By.cssSelector("[data-report='" + report + "'] tr[data-figure='" + figure + "'] td:nth-of-type("
        + (column - 1) + ")");
  }

  private WebElement cell(String report, String figure, int column) {
    return browser.driver().findElement(figure(report, figure, column));
  }
}
