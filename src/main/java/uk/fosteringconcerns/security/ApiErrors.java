package uk.fosteringconcerns.security;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The product's error answer, in the shape Camunda's REST API uses ({@code type}, {@code message}) so Tasklist shows
 * the message to the worker, plus {@code field} naming what to correct. Never a value, never a stack trace.
 */
public final class ApiErrors {

  private ApiErrors() {}

  public static void write(HttpServletResponse response, int status, String type, String field, String message)
      throws IOException {
    ObjectNode error = JsonNodeFactory.instance.objectNode();
    error.put("type", type);
    error.put("message", message);
    if (field != null) {
      error.put("field", field);
    }
    response.resetBuffer();
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    SecurityHeadersFilter.addHeaders(response);
    response.getOutputStream().write(RestBody.JSON.writeValueAsBytes(error));
    response.flushBuffer();
  }
}
