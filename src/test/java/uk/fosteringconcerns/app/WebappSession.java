package uk.fosteringconcerns.app;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A browser's session with the Camunda webapps, without a browser: log in to Tasklist as a user (session cookie and
 * CSRF token, as the Tasklist page does), then call the webapps' engine API at /camunda/api/engine/engine/default.
 */
public final class WebappSession {

  public static final String ENGINE_API = "/camunda/api/engine/engine/default";

  private final int port;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;
  private String csrfToken;

  private WebappSession(int port) {
    this.port = port;
    this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
  }

  /** Signs in to Tasklist; fails when the login is refused. */
  public static WebappSession login(int port, String user, String password) {
    WebappSession session = new WebappSession(port);
    session.send(HttpRequest.newBuilder(session.uri("/camunda/app/tasklist/default/")).GET());
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
        + URLEncoder.encode(password, StandardCharsets.UTF_8);
    HttpResponse<String> login = session.send(HttpRequest.newBuilder(
            session.uri("/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)));
    if (login.statusCode() != 200) {
      throw new IllegalStateException("Login of " + user + " refused: " + login.statusCode());
    }
    // the login starts a new session: fetch its CSRF token as the webapp does
    session.get(ENGINE_API + "/user/" + user + "/profile");
    return session;
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  /** A JSON request with the session's CSRF token, as the webapps send it. */
  public HttpResponse<String> json(String method, String path, String body) {
    return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private HttpResponse<String> send(HttpRequest.Builder builder) {
    if (csrfToken != null) {
      builder.header("X-XSRF-TOKEN", csrfToken);
    }
    try {
      HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      response.headers().firstValue("X-XSRF-TOKEN").ifPresent(token -> csrfToken = token);
      for (HttpCookie cookie : cookies.getCookieStore().getCookies()) {
        if ("XSRF-TOKEN".equals(cookie.getName())) {
          csrfToken = cookie.getValue();
        }
      }
      return response;
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
