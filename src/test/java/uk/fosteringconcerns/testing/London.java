package uk.fosteringconcerns.testing;

import java.time.ZonedDateTime;
import java.util.Date;
import uk.fosteringconcerns.timescales.Deadlines;

/** Times in the service's zone (PROCESS-API conventions), for setting the engine clock in tests. */
public final class London {

  private London() {}

  /** The given hour of a day, London time (GMT or BST as the date falls). */
  public static Date london(int year, int month, int day, int hour) {
    return Date.from(ZonedDateTime.of(year, month, day, hour, 0, 0, 0, Deadlines.LONDON).toInstant());
  }
}
