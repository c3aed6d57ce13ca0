package uk.fosteringconcerns.timescales;

/** How a procedure timescale is counted (PROCESS-API section 3, `procedure-timescales.unit`). */
public enum TimescaleUnit {
  WORKING_DAYS,
  CALENDAR_DAYS,
  /** Whole hours from the moment counted from, e.g. the LADO's decision within 24 hours (seed 004 LADO report 6.2). */
  HOURS
}
