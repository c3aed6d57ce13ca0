package uk.fosteringconcerns.timescales;

/** How a procedure timescale is counted (PROCESS-API section 3, `procedure-timescales.unit`). */
public enum TimescaleUnit {
  WORKING_DAYS,
  CALENDAR_DAYS
}
