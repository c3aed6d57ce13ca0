package uk.fosteringconcerns.records;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import uk.fosteringconcerns.timescales.Deadlines;

/**
 * The answers of the case-records API: JSON (or PDF) bytes with {@code Cache-Control: no-store} and
 * {@code X-Content-Type-Options: nosniff}, and errors that name the parameter at fault and nothing of the case.
 */
public final class RecordsHttp {

  public static final Pattern CASE_REFERENCE = Pattern.compile("^CC-\\d{4}-\\d{5}$");
  public static final Pattern PERSON_ID = Pattern.compile("^[A-Za-z0-9-]{1,32}$");
  public static final Pattern DOCUMENT_ID =
      Pattern.compile("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");
  public static final MediaType PDF = MediaType.APPLICATION_PDF;

  private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
  private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  private RecordsHttp() {}

  public static ResponseEntity<byte[]> json(HttpStatus status, Object body) {
    try {
      return ResponseEntity.status(status).headers(secure()).contentType(MediaType.APPLICATION_JSON)
          .body(JSON.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static ResponseEntity<byte[]> pdf(byte[] bytes, String fileName) {
    HttpHeaders headers = secure();
    headers.set(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + fileName + "\"");
    return ResponseEntity.ok().headers(headers).contentType(PDF).body(bytes);
  }

  public static ResponseEntity<byte[]> badParameter(String parameter, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "InvalidRequestException");
    body.put("message", "Parameter '" + parameter + "' " + message);
    body.put("parameter", parameter);
    return json(HttpStatus.BAD_REQUEST, body);
  }

  public static ResponseEntity<byte[]> badField(String field, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "InvalidRequestException");
    body.put("message", "Field '" + field + "' " + message);
    body.put("field", field);
    return json(HttpStatus.BAD_REQUEST, body);
  }

  public static ResponseEntity<byte[]> unauthenticated() {
    return error(HttpStatus.UNAUTHORIZED, "AuthenticationException", "Authentication required");
  }

  /** Names nothing of the case: a refusal must not tell whether the case exists or what it holds. */
  public static ResponseEntity<byte[]> forbidden() {
    return error(HttpStatus.FORBIDDEN, "AuthorizationException", "You may not read these records");
  }

  public static ResponseEntity<byte[]> notFound(String what) {
    return error(HttpStatus.NOT_FOUND, "NotFoundException", what + " not found");
  }

  public static ResponseEntity<byte[]> error(HttpStatus status, String type, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", message);
    return json(status, body);
  }

  /** ISO-8601 with the London offset (PROCESS-API conventions). */
  public static String iso(Instant instant) {
    return instant == null ? null : ISO.format(instant.atZone(Deadlines.LONDON));
  }

  /** Whether the request asks for PDF rather than JSON. */
  public static boolean wantsPdf(String accept) {
    if (accept == null) {
      return false;
    }
    try {
      for (MediaType type : MediaType.parseMediaTypes(accept)) {
        if (PDF.equalsTypeAndSubtype(type)) {
          return true;
        }
        if (MediaType.APPLICATION_JSON.isCompatibleWith(type) && !type.isWildcardType()) {
          return false;
        }
      }
    } catch (RuntimeException e) {
      return false;
    }
    return false;
  }

  public static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static HttpHeaders secure() {
    HttpHeaders headers = new HttpHeaders();
    headers.setCacheControl("no-store");
    headers.set("X-Content-Type-Options", "nosniff");
    return headers;
  }
}
