package uk.fosteringconcerns.calendar;

/** A date outside the years the bank holiday data covers: refused loudly rather than guessed. */
public class CalendarHorizonException extends IllegalStateException {
  public CalendarHorizonException(String message) {
    super(message);
  }
}
