package uk.fosteringconcerns.standardsofcare;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import uk.fosteringconcerns.timescales.Deadlines;

/**
 * `${socWords}`: a meeting's date and time as an invitation shows it (e.g. "Monday 30 March 2026 at 10:00"), for the
 * invitations of seed 001 4.3 sent to people who have no Tasklist (the foster carer, the independent support worker).
 */
public class SocWords {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.UK);

  public String dayAndTime(Object date) {
    if (date == null) {
      return "";
    }
    Date instant = date instanceof Date d ? d : Deadlines.parseIsoDate(date.toString());
    return ZonedDateTime.ofInstant(instant.toInstant(), Deadlines.LONDON).format(WHEN);
  }
}
