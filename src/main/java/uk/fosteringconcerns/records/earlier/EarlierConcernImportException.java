package uk.fosteringconcerns.records.earlier;

/** An import refused because of one field; {@code field} names it, e.g. {@code [2].receivedOn}. */
public class EarlierConcernImportException extends RuntimeException {

  private final String field;

  public EarlierConcernImportException(String field, String message) {
    super(field + ": " + message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
