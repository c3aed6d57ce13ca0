package uk.fosteringconcerns.app;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

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

  public static HttpResponse<String> put(int port, String path, String json, String user, String password) {
    return send(port, HttpRequest.newBuilder().PUT(HttpRequest.BodyPublishers.ofString(json))
        .header("Content-Type", "application/json"), path, user, password);
  }

  public static HttpResponse<String> delete(int port, String path, String user, String password) {
    return send(port, HttpRequest.newBuilder().DELETE(), path, user, password);
  }

  /** Any method, body and headers (name, value, name, value…). */
  public static HttpResponse<String> request(int port, String method, String path, String body, String user,
      String password, String... headers) {
    HttpRequest.Builder builder = HttpRequest.newBuilder().method(method,
        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    return send(port, builder, path, user, password);
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A task form's values as Tasklist sends them: text (dates are ISO text), booleans, numbers. */
  public static String formBody(Map<String, Object> values) {
    ObjectNode variables = JSON.createObjectNode();
    values.forEach((name, value) -> {
      ObjectNode v = variables.putObject(name);
      v.putPOJO("value", value);
      v.put("type", value instanceof Boolean ? "Boolean" : value instanceof Number ? "Long" : "String");
    });
    ObjectNode body = JSON.createObjectNode();
    body.set("variables", variables);
    return body.toString();
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
