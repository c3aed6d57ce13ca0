package uk.fosteringconcerns.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import uk.fosteringconcerns.allegations.AllegationVariables;
import uk.fosteringconcerns.app.AppTestSupport;
import uk.fosteringconcerns.browser.BrowserSession;
import uk.fosteringconcerns.identity.DemoUsers;
import uk.fosteringconcerns.identity.TasklistFilters;
import uk.fosteringconcerns.records.CaseDriver;
import uk.fosteringconcerns.records.documents.DocumentType;
import uk.fosteringconcerns.significantharm.SignificantHarmVariables;
import uk.fosteringconcerns.standardsofcare.StandardsOfCareVariables;
import uk.fosteringconcerns.triage.ConcernTriageVariables;

/**
 * Issue 10 in Debian's Chromium at 1366 x 768, as each role's demo user meets Tasklist: the worker signs in, finds
 * the task in "My team's tasks" by its case reference and the carer's name (and the process's name), opens it, and
 * reads the case header at the top of the form (carer, record numbers, date received in words, the concern, route and
 * outcome so far); decision and closure tasks show what was decided before; no label is cut off; a wrong answer gets
 * a plain-English message next to its field; Camunda's community-edition banner is gone. The cases are run to each
 * task through the real forms first (records.CaseDriver). Screenshots: target/browser-screenshots/tasklist-*.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:tasklist-browser;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles({"demo", "test"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TasklistBrowserTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** What a message in a worker's words never contains: the marks of a regular expression or of JSON. */
  private static final Pattern NOT_PLAIN = Pattern.compile("[\\^$\\\\{}\\[\\]\"]|must match pattern");
  private static final String ALLEGATIONS = "Management of an allegation against a foster carer";
  private static final String TRIAGE = "Concern about a foster carer";
  private static final String STANDARDS_OF_CARE = "Standards of care concern";

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;

  private BrowserSession browser;
  private String fresh;
  private String atPanel;
  private String atAgencyDecision;
  private String atFollowUp;
  private String atClosure;
  private String atEvaluationDecision;
  private String socAtVisit;
  private String socAtMeeting;
  private String harmReported;

  @BeforeAll
  void casesAndBrowser() {
    CaseDriver driver = new CaseDriver(engine);
    try {
      fresh = driver.raise(LocalDate.of(2026, 11, 23), "FC-101", "CH-201");
      atPanel = allegation(driver, "FC-102", AllegationVariables.TASK_FOSTERING_PANEL);
      atAgencyDecision = allegation(driver, "FC-103", AllegationVariables.TASK_AGENCY_DECISION);
      atFollowUp = allegation(driver, "FC-104", AllegationVariables.TASK_CHECKLIST_CHILDS_SOCIAL_WORKER);
      atClosure = allegation(driver, "FC-105", AllegationVariables.TASK_LADO_CLOSURE);
      atEvaluationDecision = allegation(driver, "FC-106", AllegationVariables.TASK_EVALUATION_MEETING_DECISION);
      socAtVisit = driver.raise(LocalDate.of(2026, 10, 5), "FC-107", "CH-207");
      driver.run(socAtVisit, CaseDriver.standardsOfCare(LocalDate.of(2026, 11, 2),
          StandardsOfCareVariables.OUTCOME_ACTION_PLAN), "Task_VisitFosterCarer");
      socAtMeeting = driver.raise(LocalDate.of(2026, 10, 5), "FC-108", "CH-208");
      driver.run(socAtMeeting, CaseDriver.standardsOfCare(LocalDate.of(2026, 11, 2),
          StandardsOfCareVariables.OUTCOME_ACTION_PLAN), "Task_ScheduleSocMeeting");
      harmReported = driver.raise(LocalDate.of(2026, 10, 5), "FC-110", "CH-210");
      driver.run(harmReported, CaseDriver.standardsOfCare(LocalDate.of(2026, 11, 2),
          StandardsOfCareVariables.OUTCOME_ACTION_PLAN), "Task_SendVisitRecord");
      CaseDriver.clock(LocalDate.of(2026, 10, 20), 11);
      engine.getIdentityService().setAuthentication("chris", List.of("childrens-social-worker"));
      try {
        engine.getFormService().submitStartForm(engine.getRepositoryService().createProcessDefinitionQuery()
            .processDefinitionKey(SignificantHarmVariables.PROCESS_KEY).latestVersion().singleResult().getId(),
            Map.of(SignificantHarmVariables.CASE_REFERENCE, harmReported,
                SignificantHarmVariables.HARM_DESCRIPTION, "Bruising seen at school",
                SignificantHarmVariables.REPORTED_ON, "2026-10-20T09:00:00"));
      } finally {
        engine.getIdentityService().clearAuthentication();
      }
    } finally {
      ClockUtil.reset();
    }
    browser = BrowserSession.start(port);
  }

  private static String allegation(CaseDriver driver, String carerId, String stopBefore) {
    String kase = driver.raise(LocalDate.of(2026, 9, 7), carerId, "CH-" + carerId.substring(3));
    Map<String, Map<String, Object>> answers = CaseDriver.allegation(AllegationVariables.SUBSTANTIATED);
    answers.put(AllegationVariables.TASK_FOSTERING_PANEL, Map.of(
        AllegationVariables.PANEL_RECOMMENDATION, AllegationVariables.CHANGE_TERMS,
        AllegationVariables.PANEL_MINUTES, "The panel recommends changing the terms of approval"));
    answers.put(AllegationVariables.TASK_AGENCY_DECISION, Map.of(
        AllegationVariables.ADM_DECISION, AllegationVariables.CONTINUE_APPROVAL));
    driver.run(kase, answers, stopBefore);
    driver.openTask(kase, stopBefore);
    return kase;
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  @DisplayName("children's team manager: the first task of a new case shows its reference, carer, child, date received and concern; long threshold questions wrap")
  void childrensTeamManager() {
    String form = openTask("carol", fresh, "Discuss the concern and answer the threshold questions", TRIAGE);
    assertThat(form).contains("Received: Monday 23 November 2026").contains("Route: none yet")
        .contains("Has the foster carer behaved towards a child or children in a way that indicates they may pose a"
            + " risk of harm to children?");
    requiredFieldMessage("Notes of the discussion");
    browser.screenshot("tasklist-carol");
    // the smallest council screen the issue names: labels still wrap, none is cut off
    Dimension laptop = browser.driver().manage().window().getSize();
    try {
      browser.driver().manage().window().setSize(new Dimension(1280, laptop.getHeight()));
      browser.until("the window at 1280 px", d -> ((Number) ((JavascriptExecutor) d)
          .executeScript("return window.innerWidth;")).intValue() <= 1280);
      assertNoTruncatedLabels();
      browser.screenshot("tasklist-carol-1280");
    } finally {
      browser.driver().manage().window().setSize(laptop);
    }
  }

  @Test
  @DisplayName("LADO: the closure shows every follow-up answer, the DBS and the approval decisions before 'all actions completed'")
  void lado() {
    String form = openTask("laura", atClosure, "Check all actions are done and close", ALLEGATIONS);
    assertThat(form).contains("Decided before this step").contains("Referral to the Disclosure and Barring Service")
        .contains("Agency Decision Maker's decision").contains("Follow-up by the child's social worker")
        .contains("The independent reviewing officer's review").contains("Done")
        .doesNotContain("DONE").doesNotContain("NOT_APPLICABLE");
    requiredFieldMessage("Closure notes");
    browser.screenshot("tasklist-laura");
  }

  @Test
  @DisplayName("LADO: deciding again after significant harm shows what came to light and when; a new concern's decision does not")
  void ladoAfterSignificantHarm() {
    Task first = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(fresh)
        .taskDefinitionKey(ConcernTriageVariables.TASK_LADO_DECISION).singleResult();
    String form = openTask("laura", fresh, first.getName(), TRIAGE);
    assertThat(form).doesNotContain("Significant harm reported");
    assertThat(browser.driver().findElements(By.xpath("//label[contains(., 'Significant harm reported')]"))).isEmpty();

    Task again = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(harmReported)
        .processDefinitionKey(SignificantHarmVariables.PROCESS_KEY)
        .taskDefinitionKey(SignificantHarmVariables.TASK_LADO_DECISION).singleResult();
    String processName = engine.getRepositoryService().getProcessDefinition(again.getProcessDefinitionId()).getName();
    form = openTask("laura", harmReported, again.getName(), processName);
    assertThat(input("Significant harm reported: what came to light").getDomProperty("value"))
        .isEqualTo("Bruising seen at school");
    assertThat(form).contains("Significant harm reported on: Tuesday 20 October 2026 at 09:00")
        .contains("Significant harm reported on this case, Tuesday 20 October 2026 at 09:00")
        .contains("When significant harm has been reported on an open case");
    browser.screenshot("tasklist-laura-harm");
  }

  @Test
  @DisplayName("fostering panel: the panel sees the allegation's outcome and the evaluation meeting decision")
  void fosteringPanel() {
    String form = openTask("pat", atPanel, "Present the allegation to the fostering panel", ALLEGATIONS);
    assertThat(form).contains("Allegation: Substantiated.").contains("Outcome: Substantiated")
        .contains("Reasons for the outcome: Reasons agreed at the meeting")
        .contains("A LADO-led evaluation meeting is needed: Yes");
    assertDocumentLink(atPanel, DocumentType.ALLEGATION_OUTCOME_LETTER.title());
    requiredFieldMessage("Panel minutes and reasons");
    browser.screenshot("tasklist-pat");
  }

  @Test
  @DisplayName("agency decision maker: decides with the panel's recommendation and reasons on screen")
  void agencyDecisionMaker() {
    String form = openTask("adam", atAgencyDecision, "Decide on the carer's approval", ALLEGATIONS);
    assertThat(form).contains("Recommendation: Change the terms of approval")
        .contains("Minutes and reasons: The panel recommends changing the terms of approval")
        .contains("Fostering panel: Change the terms of approval.");
    requiredFieldMessage("Reasons for the decision");
    browser.screenshot("tasklist-adam");
    // a statutory task's due date comes from the procedure's timescales: resetting it is refused in words
    Task decision = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(atAgencyDecision)
        .taskDefinitionKey(AllegationVariables.TASK_AGENCY_DECISION).singleResult();
    browser.scrollTo(browser.driver().findElement(By.cssSelector("[cam-tasklist-task-meta]")));
    browser.waitFor(By.cssSelector("[cam-tasklist-task-meta] .reset-due-date")).click();
    WebElement refusal = browser.waitFor(By.xpath("//*[contains(@class,'notifications')]//*[contains(@class,'alert')]"
        + "[contains(., 'statutory')]"));
    browser.screenshot("tasklist-adam-due-date");
    assertThat(refusal.getText()).contains("The dates of a statutory task come from the procedure's timescales");
    assertThat(refusal.getText()).as("no raw JSON or engine text").doesNotContain("{").doesNotContain("\"\"")
        .doesNotContain("type").doesNotContain(decision.getProcessDefinitionId());
    assertThat(engine.getTaskService().createTaskQuery().taskId(decision.getId()).singleResult().getDueDate())
        .isEqualTo(decision.getDueDate()).isNotNull();
  }

  @Test
  @DisplayName("child's social worker: the follow-up after the allegation shows whose case it is")
  void childsSocialWorker() {
    openTask("chris", atFollowUp, "Follow up with the child", ALLEGATIONS);
    requiredFieldMessage("Notes");
    browser.screenshot("tasklist-chris");
  }

  @Test
  @DisplayName("independent reviewing officer: the review of the allegation shows whose case it is and its outcome")
  void independentReviewingOfficer() {
    String form = openTask("ian", atFollowUp, "Consider the allegation in the child's review", ALLEGATIONS);
    assertThat(form).contains("Allegation: Substantiated.");
    requiredFieldMessage("Notes");
    browser.screenshot("tasklist-ian");
  }

  @Test
  @DisplayName("fostering social worker: a wrong standard number is explained in plain English next to the field")
  void fosteringSocialWorker() {
    openTask("fiona", socAtVisit, "Visit the foster carer and agree an action plan", STANDARDS_OF_CARE);
    WebElement field = input("National Minimum Standards concerned");
    field.sendKeys("standard three");
    field.sendKeys(Keys.TAB);
    WebElement message = browser.waitFor(By.xpath("//div[contains(@class,'fjs-form-field-text')]"
        + "[contains(normalize-space(.), 'Write the standard numbers separated by commas')]"));
    assertPlainEnglish(message.getText());
    assertNextTo(message, field);
    browser.screenshot("tasklist-fiona");
  }

  @Test
  @DisplayName("fostering manager: the evaluation meeting decision shows the allegation's outcome and reasons")
  void fosteringManager() {
    String form = openTask("frank", atEvaluationDecision, "Agree whether a LADO-led evaluation meeting is needed",
        ALLEGATIONS);
    assertThat(form).contains("Outcome: Substantiated").contains("Reasons for the outcome: Reasons agreed at the meeting");
    // no meeting: the reasons are then required
    input("Hold a LADO-led evaluation meeting (the default)").click();
    requiredFieldMessage("Why no meeting is needed and how the LADO will keep oversight");
    browser.screenshot("tasklist-frank");
  }

  @Test
  @DisplayName("business support: why the meeting is held and the dates are shown in words; a wrong e-mail address is explained")
  void businessSupport() {
    String form = openTask("bella", socAtMeeting, "Arrange the standards of care meeting", STANDARDS_OF_CARE);
    assertThat(form).contains("Why the meeting is convened: A Standards of Care meeting follows every discussion with"
        + " the foster carer (Dorset Standards of Care guidance, 3.6)")
        .containsPattern("Date of the discussion with the carer: [A-Z][a-z]+day \\d{1,2} [A-Z][a-z]+ 2026")
        .containsPattern("Hold the meeting by: [A-Z][a-z]+day \\d{1,2} [A-Z][a-z]+ 2026")
        .doesNotContain("DORSET_ALWAYS");
    WebElement field = input("Foster carer's e-mail address for the invitation");
    field.sendKeys("not an address");
    field.sendKeys(Keys.TAB);
    WebElement error = browser.waitFor(By.cssSelector(".fjs-form-field-error"));
    assertPlainEnglish(error.getText());
    assertNextTo(error, field);
    browser.screenshot("tasklist-bella");
  }

  @Test
  @DisplayName("a child's social worker records a concern from Tasklist and is told its case reference")
  void startConfirmationShowsTheCaseReference() {
    browser.loginToTasklist("chloe", DemoUsers.PASSWORD);
    browser.waitFor(By.xpath("//a[normalize-space(.)='Start process']")).click();
    browser.waitFor(By.xpath("//ul[contains(@class,'processes')]//a[normalize-space(.)=\"" + TRIAGE + "\"]")).click();
    WebElement received = input("Date the information was received");
    received.sendKeys("11/30/2026");
    received.sendKeys(Keys.TAB);
    WebElement carerId = input("Foster carer's record number");
    carerId.sendKeys("FC 9");
    carerId.sendKeys(Keys.TAB);
    WebElement message = browser.waitFor(By.xpath("//div[contains(@class,'fjs-form-field-text')]"
        + "[contains(normalize-space(.), 'Use up to 32 letters, digits and hyphens')]"));
    assertPlainEnglish(message.getText());
    carerId.sendKeys(Keys.chord(Keys.CONTROL, "a"), "FC-109");
    input("Foster carer's name").sendKeys(CaseDriver.CARER_NAME);
    input("Child's record number").sendKeys("CH-209");
    input("What is the concern?").sendKeys(CaseDriver.CONCERN_TEXT);
    input("Who raised the concern?").sendKeys("anonymous");
    browser.screenshot("tasklist-chloe-start");
    browser.driver().findElement(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space(.)='Start']"))
        .click();
    WebElement notice = browser.waitFor(By.id("fc-case-started"));
    assertThat(notice.getText()).containsPattern("The case reference is CC-\\d{4}-\\d{5}");
    browser.screenshot("tasklist-chloe-started");
    String reference = notice.getText().replaceAll("(?s).*(CC-\\d{4}-\\d{5}).*", "$1");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference)
        .processDefinitionKey(ConcernTriageVariables.PROCESS_KEY).count()).isEqualTo(1);
  }

  @Test
  @DisplayName("the server answers a wrong value in plain English naming the field, as the browser does")
  void serverMessageIsPlainEnglish() throws Exception {
    Task visit = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(socAtVisit)
        .taskDefinitionKey("Task_VisitFosterCarer").singleResult();
    HttpResponse<String> response = AppTestSupport.post(port, "/engine-rest/task/" + visit.getId() + "/submit-form",
        AppTestSupport.formBody(Map.of(StandardsOfCareVariables.STANDARDS_BREACHED, "standard three")), "fiona",
        DemoUsers.PASSWORD);
    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode error = JSON.readTree(response.body());
    assertThat(error.path("field").asText()).isIn(StandardsOfCareVariables.STANDARDS_BREACHED, "visitDate", "actionPlan");
    assertPlainEnglish(error.path("message").asText());
    // no engine text: neither the process definition's id nor its key
    assertThat(error.path("message").asText()).doesNotContain(visit.getProcessDefinitionId())
        .doesNotContain(StandardsOfCareVariables.PROCESS_KEY);
    HttpResponse<String> wrongFormat = AppTestSupport.post(port, "/engine-rest/task/" + visit.getId() + "/submit-form",
        AppTestSupport.formBody(Map.of(StandardsOfCareVariables.VISIT_DATE, "2026-11-04",
            StandardsOfCareVariables.STANDARDS_BREACHED, "standard three", StandardsOfCareVariables.ACTION_PLAN, "Plan",
            StandardsOfCareVariables.ACTIONS_DUE_ON, "2026-12-04", StandardsOfCareVariables.CARER_AGREES_ACTIONS, true,
            StandardsOfCareVariables.DISCUSSED_WITH_CHILD, true)), "fiona", DemoUsers.PASSWORD);
    assertThat(wrongFormat.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(wrongFormat.body()).path("message").asText()).isEqualTo("National Minimum Standards"
        + " concerned: write the standard numbers separated by commas, for example 3.6, 22.10.");
  }

  @Test
  @DisplayName("a worker reads the case through the task only: the definition's name, the task's own copies, not the case's variables")
  void noMoreAccessThanTheWorkNeeds() throws Exception {
    Task followUp = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(atFollowUp)
        .taskDefinitionKey(AllegationVariables.TASK_CHECKLIST_CHILDS_SOCIAL_WORKER).singleResult();
    HttpResponse<String> definition = AppTestSupport.get(port, "/engine-rest/process-definition/"
        + followUp.getProcessDefinitionId(), "chris", DemoUsers.PASSWORD);
    assertThat(definition.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(definition.body()).path("name").asText()).isEqualTo(ALLEGATIONS);
    // the variables chris may read of the case: the task's own copies for the list, none of the case's own
    HttpResponse<String> variables = AppTestSupport.get(port, "/engine-rest/variable-instance?processInstanceIdIn="
        + followUp.getProcessInstanceId(), "chris", DemoUsers.PASSWORD);
    assertThat(variables.statusCode()).isEqualTo(200);
    JsonNode readable = JSON.readTree(variables.body());
    assertThat(readable).isNotEmpty();
    for (JsonNode variable : readable) {
      assertThat(variable.path("taskId").asText()).as(variable.path("name").asText()).isNotBlank();
      assertThat(variable.path("name").asText()).isIn(CaseViewVariables.CASE_REFERENCE, CaseViewVariables.CARER_NAME,
          CaseViewVariables.CASE_HEADER, CaseViewVariables.CASE_DECISIONS, CaseViewVariables.IN_WORDS);
    }
    assertThat(AppTestSupport.get(port, "/engine-rest/process-instance/" + followUp.getProcessInstanceId(), "chris",
        DemoUsers.PASSWORD).statusCode()).isEqualTo(404);
  }

  /** Signs in, finds the task in "My team's tasks" by case and carer, opens it; returns the form's text. */
  private String openTask(String user, String caseReference, String taskName, String processName) {
    browser.loginToTasklist(user, DemoUsers.PASSWORD);
    browser.until("Tasklist's filters", d -> browser.visibleText().contains(TasklistFilters.MY_TEAMS_TASKS));
    browser.driver().findElement(By.xpath("//*[contains(@class,'task-filters')]//*[normalize-space(text())=\""
        + TasklistFilters.MY_TEAMS_TASKS + "\"]")).click();
    By item = By.xpath("//ol[contains(@class,'tasks-list')]/li[contains(normalize-space(.), \"" + taskName
        + "\")][contains(., '" + caseReference + "')]");
    WebElement listed = browser.waitFor(item);
    assertThat(listed.getText()).as("the task list shows the case, the carer and the process")
        .contains(caseReference).contains(CaseDriver.CARER_NAME).contains(processName)
        .contains("Case reference").contains("Foster carer");
    // a worker with many tasks scrolls the list to it
    WebElement link = listed.findElement(By.cssSelector("h4.task a"));
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", link);
    assertListValuesReadable(listed);
    link.click();
    WebElement header = browser.waitFor(By.xpath("//div[contains(@class,'fjs-form-field-text')][.//h4[contains(., 'Case "
        + caseReference + "')]]"));
    assertThat(browser.driver().findElement(By.cssSelector(".task-card .names h4.process-definition")).getText())
        .as("the task header names the process").contains(processName);
    browser.scrollTo(header);
    browser.screenshot("tasklist-" + user + "-case");
    assertThat(header.getText()).contains(CaseDriver.CARER_NAME).contains("record number FC-")
        .contains("Child's record number: CH-").containsPattern("Received: [A-Z][a-z]+day \\d{1,2} [A-Z][a-z]+ 2026")
        .contains("The concern: " + CaseDriver.CONCERN_TEXT).contains("Route:").contains("Outcome so far:");
    assertThat(browser.driver().findElement(By.cssSelector("[cam-tasklist-task-meta] .groups")).getText())
        .as("the task's groups by name").doesNotContain("childrens-").doesNotContain("fostering-")
        .doesNotContain("agency-decision-maker").doesNotContain("business-support");
    assertNoBanner();
    assertNoTruncatedLabels();
    // a task of the team is claimed before its form can be filled in
    List<WebElement> claim = browser.driver().findElements(By.cssSelector("[cam-tasklist-task-meta] .claim"));
    if (!claim.isEmpty() && claim.get(0).isDisplayed()) {
      claim.get(0).click();
      browser.until("the task claimed by " + user, d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
          "return Array.from(document.querySelectorAll('[cam-tasklist-task-meta] .claim'))"
              + ".every(e => e.offsetParent === null);")));
    }
    return browser.driver().findElement(By.cssSelector(".fjs-form")).getText().replaceAll("[ \\t]+", " ");
  }

  /**
   * The list's case reference is read at full contrast (user-styles.css): its colour against the card's background is
   * at least 4.5:1 (WCAG AA), and nothing is drawn over it. Tasklist lays a "show more" shutter, a white gradient, over
   * the bottom of every card's variables, which faded the values to a faint grey whatever their colour.
   */
  @SuppressWarnings("unchecked")
  private void assertListValuesReadable(WebElement listed) {
    Map<String, Object> seen = (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeScript(
        "const value = arguments[0].querySelector('[cam-tasklist-variables] .variable-value');"
            + "if (!value) { return null; }"
            + "const box = value.getBoundingClientRect();"
            + "const stack = document.elementsFromPoint(box.left + Math.min(box.width / 2, 20), box.top + box.height / 2);"
            + "const over = stack.indexOf(value) < 0 ? ['the value is not at its own place'] : stack.slice(0,"
            + "  stack.indexOf(value)).filter(e => { const s = getComputedStyle(e); return s.backgroundImage !== 'none'"
            + "  || !/rgba\\(.*, 0\\)$/.test(s.backgroundColor); }).map(e => e.tagName + '.' + e.className);"
            + "let background = 'rgb(255, 255, 255)';"
            + "for (let e = value; e; e = e.parentElement) { const b = getComputedStyle(e).backgroundColor;"
            + "  if (!/rgba\\(.*, 0\\)$/.test(b)) { background = b; break; } }"
            + "return {text: value.textContent.trim(), color: getComputedStyle(value).color, background: background,"
            + "  opacity: getComputedStyle(value).opacity, over: over};", listed);
    assertThat(seen).as("a variable value in the task list").isNotNull();
    assertThat((String) seen.get("text")).startsWith("CC-");
    assertThat(seen.get("opacity")).isEqualTo("1");
    assertThat((List<String>) seen.get("over")).as("drawn over the case reference %s", seen.get("text")).isEmpty();
    double contrast = contrast((String) seen.get("color"), (String) seen.get("background"));
    assertThat(contrast).as("contrast of %s on %s", seen.get("color"), seen.get("background"))
        .isGreaterThanOrEqualTo(4.5);
  }

  /** WCAG 2 contrast ratio of two CSS rgb()/rgba() colours (opaque). */
  private static double contrast(String foreground, String background) {
    double a = luminance(foreground);
    double b = luminance(background);
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  }

  private static double luminance(String cssColour) {
    String[] parts = cssColour.replaceAll("[^0-9.,]", "").split(",");
    double[] channel = new double[3];
    for (int i = 0; i < 3; i++) {
      double c = Double.parseDouble(parts[i]) / 255;
      channel[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * channel[0] + 0.7152 * channel[1] + 0.0722 * channel[2];
  }

  /** Types into a required field and empties it: the browser says so, in plain English, under the field. */
  private void requiredFieldMessage(String label) {
    WebElement field = input(label);
    field.sendKeys("x");
    field.sendKeys(Keys.BACK_SPACE);
    field.sendKeys(Keys.TAB);
    WebElement error = browser.waitFor(By.cssSelector(".fjs-form-field-error"));
    assertPlainEnglish(error.getText());
    assertNextTo(error, field);
  }

  private WebElement input(String label) {
    WebElement labelElement = browser.waitFor(By.xpath("//label[contains(@class,'fjs-form-field-label')]"
        + "[normalize-space(translate(., '*', ''))=\"" + label + "\"]"));
    String id = labelElement.getAttribute("for");
    List<WebElement> byId = id == null || id.isBlank() ? List.of() : browser.driver().findElements(By.id(id));
    WebElement field = !byId.isEmpty() ? byId.get(0) : labelElement.findElement(By.xpath(
        "./ancestor::div[contains(@class,'fjs-form-field')][1]//*[self::input or self::textarea]"));
    browser.scrollTo(field);
    return field;
  }

  private static void assertPlainEnglish(String message) {
    assertThat(message).as("a message in plain English").matches("(?s)[A-Z].*[a-z].*\\.\\s*");
    assertThat(NOT_PLAIN.matcher(message).find()).as("'%s' is plain English", message).isFalse();
  }

  private void assertNextTo(WebElement message, WebElement field) {
    // the message is in the field's own row of the form, or in the row right after it
    Object sameField = ((JavascriptExecutor) browser.driver()).executeScript(
        "var m = arguments[0], f = arguments[1];"
            + "var row = f.closest('.fjs-layout-row') || f.closest('.fjs-form-field');"
            + "if (row.contains(m)) { return true; }"
            + "var next = row.nextElementSibling;"
            + "return !!next && next.contains(m);", message, field);
    assertThat(sameField).as("the message is next to its field").isEqualTo(true);
  }

  /** The header links the document, and the worker's session opens it: the PDF kept with the case. */
  private void assertDocumentLink(String caseReference, String title) {
    WebElement link = browser.driver().findElement(By.xpath("//div[contains(@class,'fjs-form-field-text')]"
        + "//a[normalize-space(.)=\"" + title + "\"]"));
    assertThat(link.getDomAttribute("href")).startsWith("/api/cases/" + caseReference + "/documents/");
    Object answer = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
        "var done = arguments[arguments.length - 1];"
            + "fetch(arguments[0], {credentials: 'same-origin'})"
            + ".then(r => done(r.status + ' ' + r.headers.get('content-type')), e => done('failed ' + e));",
        link.getDomAttribute("href"));
    assertThat(String.valueOf(answer)).isEqualTo("200 application/pdf");
  }

  private void assertNoBanner() {
    assertThat(browser.visibleText()).doesNotContain("migrate to Camunda 8");
    for (WebElement banner : browser.driver().findElements(By.cssSelector(".ce-eol-banner"))) {
      assertThat(banner.isDisplayed()).as("the community edition banner").isFalse();
    }
  }

  /** Every label and description of the form is shown whole: nothing cut off at the side. */
  private void assertNoTruncatedLabels() {
    @SuppressWarnings("unchecked")
    List<String> cut = (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(
        "var form = document.querySelector('.fjs-form').getBoundingClientRect();"
            + "return Array.from(document.querySelectorAll('.fjs-form label, .fjs-form .fjs-form-field-label,"
            + " .fjs-form .fjs-form-field-description, .fjs-form .fjs-form-field-text'))"
            + ".filter(e => e.offsetParent !== null && (e.scrollWidth > e.clientWidth + 1"
            + " || e.getBoundingClientRect().right > form.right + 1))"
            + ".map(e => e.textContent.trim().substring(0, 80));");
    assertThat(cut).as("labels cut off at %d px", BrowserSession.WIDTH).isEmpty();
  }
}
