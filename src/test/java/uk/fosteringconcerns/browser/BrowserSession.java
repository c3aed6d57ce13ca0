package uk.fosteringconcerns.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser on the app under test, as the team's users meet it: Debian's Chromium driven by Debian's
 * ChromeDriver (installed by {@code tools/browser/ensure-chromium.sh} before the tests) through Selenium's WebDriver
 * client, headless, 1366 x 768, a fresh profile each time. Selenium never looks for or downloads a driver or browser:
 * both paths are given ({@code -Dbrowser.chromium}, {@code -Dbrowser.chromedriver} to change them). When the browser
 * cannot run, {@link #start} throws: a browser test fails, it is never skipped.
 *
 * <pre>
 * {@literal @}SpringBootTest(webEnvironment = RANDOM_PORT) {@literal @}ActiveProfiles({"demo", "test"})
 * try (BrowserSession browser = BrowserSession.start(port)) {
 *   browser.loginToTasklist("carol", "demo");
 *   browser.waitFor(By.cssSelector(".task-filters"));
 *   browser.screenshot("tasklist-carol");           // target/browser-screenshots/tasklist-carol.png
 * }
 * </pre>
 */
public final class BrowserSession implements AutoCloseable {

  public static final Path CHROMIUM = Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));
  public static final Path CHROMEDRIVER = Path.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"));
  /** Screenshots are test output: kept under target/ with the surefire reports. */
  public static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");
  public static final int WIDTH = 1366;
  public static final int HEIGHT = 768;
  public static final String ENGINE = "default";
  private static final Duration WAIT = Duration.ofSeconds(30);

  private final int port;
  private final Path profile;
  private final ChromeDriverService service;
  private final ChromeDriver driver;

  private BrowserSession(int port, Path profile, ChromeDriverService service, ChromeDriver driver) {
    this.port = port;
    this.profile = profile;
    this.service = service;
    this.driver = driver;
  }

  /** A headless Chromium for the app listening on localhost:port. */
  public static BrowserSession start(int port) {
    for (Path binary : List.of(CHROMIUM, CHROMEDRIVER)) {
      if (!Files.isExecutable(binary)) {
        throw new IllegalStateException(binary + " is missing: the browser tests need Debian's chromium and"
            + " chromium-driver (tools/browser/ensure-chromium.sh installs them; mvn runs it before the tests)");
      }
    }
    Path profile;
    try {
      Files.createDirectories(SCREENSHOTS);
      profile = Files.createTempDirectory("fostering-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    // headless as root on a machine with no display and a closed network: no sandbox, GPU, background traffic
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-quic", "--disable-default-apps", "--lang=en-GB", "--window-size=" + WIDTH + "," + HEIGHT,
        "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .withLogFile(SCREENSHOTS.resolve("chromedriver.log").toFile())
        .build();
    ChromeDriver driver;
    try {
      driver = new ChromeDriver(service, options);
    } catch (RuntimeException e) {
      service.stop();
      deleteQuietly(profile);
      throw new IllegalStateException("Chromium could not be started for the browser tests", e);
    }
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return new BrowserSession(port, profile, service, driver);
  }

  public WebDriver driver() {
    return driver;
  }

  public String url(String path) {
    return "http://localhost:" + port + path;
  }

  public BrowserSession open(String path) {
    driver.get(url(path));
    return this;
  }

  /** Signs in to Tasklist through its login form. */
  public BrowserSession loginToTasklist(String user, String password) {
    return login("tasklist", user, password);
  }

  /** Signs in to Cockpit through its login form; Cockpit's dashboard is then shown. */
  public BrowserSession loginToCockpit(String user, String password) {
    return login("cockpit", user, password);
  }

  private BrowserSession login(String app, String user, String password) {
    signOut();
    open("/camunda/app/" + app + "/" + ENGINE + "/");
    WebElement form = waitFor(By.cssSelector("form[name='signinForm']"));
    form.findElement(By.cssSelector("input[ng-model='username']")).sendKeys(user);
    form.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(password);
    form.findElement(By.cssSelector("button[type='submit']")).click();
    until("signed in as " + user, ExpectedConditions.invisibilityOfElementLocated(
        By.cssSelector("form[name='signinForm']")));
    return this;
  }

  /** Forgets the session (cookies and storage), so the next login starts afresh. */
  public void signOut() {
    if (driver.getCurrentUrl() != null && driver.getCurrentUrl().startsWith("http")) {
      driver.manage().deleteAllCookies();
      ((JavascriptExecutor) driver).executeScript("try { window.localStorage.clear(); "
          + "window.sessionStorage.clear(); } catch (e) {}");
    }
  }

  public WebElement waitFor(By by) {
    return until("visible " + by, ExpectedConditions.visibilityOfElementLocated(by));
  }

  public List<WebElement> waitForAll(By by) {
    return until("present " + by, ExpectedConditions.presenceOfAllElementsLocatedBy(by));
  }

  /** Waits until the element's text is exactly this (trimmed). */
  public WebElement waitForText(By by, String text) {
    until("text '" + text + "' in " + by, d -> {
      List<WebElement> found = d.findElements(by);
      return !found.isEmpty() && text.equals(found.get(0).getText().trim());
    });
    return driver.findElement(by);
  }

  /** Waits; when it times out, keeps a screenshot (failed-....png) and says what the page showed. */
  public <T> T until(String what, java.util.function.Function<WebDriver, T> condition) {
    try {
      return new WebDriverWait(driver, WAIT).until(condition::apply);
    } catch (org.openqa.selenium.TimeoutException e) {
      Path shot = screenshot("failed-" + System.currentTimeMillis());
      String text = visibleText();
      throw new AssertionError("Timed out waiting for " + what + " (screenshot " + shot + "); the page showed: "
          + (text.length() > 2000 ? text.substring(0, 2000) + "..." : text), e);
    }
  }

  /** The text a person sees on the page (scrolled or not). */
  public String visibleText() {
    Object text = ((JavascriptExecutor) driver).executeScript("return document.body.innerText;");
    return text == null ? "" : text.toString();
  }

  /** Scrolls the element into view (Cockpit's content scrolls inside its own container). */
  public WebElement scrollTo(WebElement element) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'});", element);
    return element;
  }

  /** A PNG of the viewport, kept as target/browser-screenshots/name.png. */
  public Path screenshot(String name) {
    Path file = SCREENSHOTS.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
    File taken = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    try {
      Files.copy(taken.toPath(), file, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      service.stop();
      deleteQuietly(profile);
    }
  }

  private static void deleteQuietly(Path directory) {
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException ignored) {
      // a temporary profile left behind is harmless
    }
  }
}
