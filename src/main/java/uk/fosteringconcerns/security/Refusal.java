package uk.fosteringconcerns.security;

/**
 * A request the product refuses before the engine sees it: the HTTP status, a type for clients, a plain-English
 * message for the worker and, for bad input, the field (or header, or "body") at fault. Never carries a value.
 */
public class Refusal extends RuntimeException {

  private final int status;
  private final String type;
  private final String field;

  public Refusal(int status, String type, String field, String message) {
    super(message, null, false, false);
    this.status = status;
    this.type = type;
    this.field = field;
  }

  public static Refusal badInput(String field, String message) {
    return new Refusal(400, "InvalidRequest", field, message);
  }

  public static Refusal forbidden(String message) {
    return new Refusal(403, "NotAllowed", null, message);
  }

  public static Refusal notFound(String message) {
    return new Refusal(404, "NotFound", null, message);
  }

  public int status() {
    return status;
  }

  public String type() {
    return type;
  }

  public String field() {
    return field;
  }
}
