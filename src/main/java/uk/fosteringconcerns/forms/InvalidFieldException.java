package uk.fosteringconcerns.forms;

/**
 * A submitted value a form (or a rule of its form) refuses. The message is plain English for the worker, starting
 * with the field's label when it is known; it never repeats the value.
 */
public class InvalidFieldException extends RuntimeException {

  private final String field;
  private final String problem;

  public InvalidFieldException(String field, String problem) {
    this(field, problem, null);
  }

  public InvalidFieldException(String field, String problem, String label) {
    super(message(field, problem, label));
    this.field = field;
    this.problem = problem;
  }

  /** The key of the field (the variable name). */
  public String field() {
    return field;
  }

  /** What is wrong, without the label. */
  public String problem() {
    return problem;
  }

  /** The same refusal, its message led by the field's label. */
  public InvalidFieldException withLabel(String label) {
    return new InvalidFieldException(field, problem, label);
  }

  private static String message(String field, String problem, String label) {
    String subject = label == null || label.isBlank() ? field : label.strip();
    String text = problem.endsWith(".") ? problem : problem + ".";
    return subject + ": " + text;
  }
}
