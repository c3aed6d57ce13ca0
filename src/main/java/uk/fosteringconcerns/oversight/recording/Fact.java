package uk.fosteringconcerns.oversight.recording;

import java.time.LocalDate;

/**
 * One counted event of a report: its figure and category, its London date, the group whose work it was, and
 * whether it met its timescale ({@code onTime} null when no timescale applies or its start was not recorded).
 * {@code flag} and {@code amount} carry one figure-specific yes/no and number (e.g. a late reason recorded, the
 * working days an escalation took).
 */
public record Fact(
    String id,
    String report,
    String figure,
    String category,
    LocalDate eventOn,
    String group,
    Boolean onTime,
    Boolean flag,
    Integer amount,
    LocalDate dueOn,
    String caseReference,
    String processInstanceId) {}
