package uk.fosteringconcerns.app;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Plain HTTP against the running app, as a REST client or a browser would call it. */
public final class AppTestSupport {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private AppTestSupport() {}

  public static HttpResponse<String> get(int port, String path, String user, String password) {
    return send(port, HttpRequest.newBuilder().GET(), path, user, password);
  }

  public static HttpResponse<String> post(int port, String path, String json, String user, String password) {
    return send(port, HttpRequest.newBuilder().POST(HttpRequest.BodyPublishers.ofString(json))
        .header("Content-Type", "application/json"), path, user, password);
  }

  private static HttpResponse<String> send(int port, HttpRequest.Builder builder, String path, String user,
      String password) {
    builder.uri(URI.create("http://localhost:" + port + path));
    if (user != null) {
      String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
      builder.header("Authorization", "Basic " + token);
    }
    try {
      return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
