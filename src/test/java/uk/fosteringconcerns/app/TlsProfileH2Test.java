package uk.fosteringconcerns.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Issue 17.4: behind a TLS-terminating proxy (profile `tls`) the session and CSRF cookies are marked Secure. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:tls-h2;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles({"demo", "test", "tls"})
class TlsProfileH2Test {

  @LocalServerPort
  int port;

  @Test
  @DisplayName("profile tls: every cookie the webapps set is Secure, and HSTS is on")
  void secureCookies() throws Exception {
    HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/camunda/app/tasklist/default/"))
        .header("X-Forwarded-Proto", "https").GET().build(), HttpResponse.BodyHandlers.ofString());
    List<String> cookies = page.headers().allValues("Set-Cookie");
    assertThat(cookies).isNotEmpty().allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("Secure"));
    assertThat(page.headers().firstValue("Strict-Transport-Security")).isPresent();
  }
}
