package uk.fosteringconcerns.records.chronology;

import java.time.Instant;

/**
 * One line of a chronology (PROCESS-API section 10). {@code summary} never holds the concern text: only the
 * step, its coded outcome in plain words, dates and ids.
 *
 * @param caseReference   the case, or null for a concern recorded before go-live
 * @param sourceReference the earlier system's reference of a concern recorded before go-live, else null
 */
public record ChronologyEntry(Instant date, String caseReference, String event, String summary,
    String sourceReference) {

  public static final String RECEIVED = "received";
  public static final String ROUTE_DECIDED = "route decided";
  public static final String VISIT = "visit";
  public static final String MEETING = "meeting";
  public static final String OUTCOME = "outcome";
  public static final String PANEL = "panel";
  public static final String AGENCY_DECISION = "agency decision";
  public static final String RESIGNATION = "resignation";
  public static final String CLOSED = "closed";
  public static final String EARLIER_CONCERN = "earlier concern";

  /** Order of events on the same date. */
  static int rank(String event) {
    return switch (event) {
      case EARLIER_CONCERN -> 0;
      case RECEIVED -> 1;
      case ROUTE_DECIDED -> 2;
      case VISIT -> 3;
      case MEETING -> 4;
      case OUTCOME -> 5;
      case PANEL -> 6;
      case AGENCY_DECISION -> 7;
      case RESIGNATION -> 8;
      case CLOSED -> 9;
      default -> 10;
    };
  }
}
