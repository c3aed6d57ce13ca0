package uk.fosteringconcerns.oversight.reports;

/** A query parameter the caller got wrong: answered with 400 naming it. */
public class BadParameterException extends RuntimeException {

  private final String parameter;

  public BadParameterException(String parameter, String message) {
    super("Query parameter '" + parameter + "' " + message);
    this.parameter = parameter;
  }

  public String parameter() {
    return parameter;
  }
}
