package uk.fosteringconcerns.records.documents;

/**
 * The documents a case produces (PROCESS-API section 10), each rendered from its own template
 * {@code documents/<template>.html}. Which task completion produces which document is decided by DMN
 * {@code case-documents}.
 */
public enum DocumentType {
  /** Dudley Standards of Care procedure 4.2: the visit record, signed by both parties and sent to the carer. */
  SOC_VISIT_RECORD("soc-visit-record", "Standards of Care visit record", "visit-record"),
  /** Dudley Standards of Care procedure Appendix 1: the Standards of Care Concerns Meeting report. */
  SOC_MEETING_REPORT("soc-meeting-report", "Standards of Care Concerns Meeting report", "meeting-report"),
  /** Dorset Standards of Care guidance 3.7: the minutes of the meeting with the action plan. */
  SOC_MINUTES("soc-meeting-minutes", "Minutes of the Standards of Care meeting", "minutes"),
  /** Kent guidance after an allegation; Dorset LADO annual report 2020/21, 5.4: the outcome told to the carer. */
  ALLEGATION_OUTCOME_LETTER("allegation-outcome-letter", "Letter to the foster carer: outcome of the allegation",
      "outcome-letter");

  private final String template;
  private final String title;
  private final String fileSuffix;

  DocumentType(String template, String title, String fileSuffix) {
    this.template = template;
    this.title = title;
    this.fileSuffix = fileSuffix;
  }

  public String template() {
    return template;
  }

  public String title() {
    return title;
  }

  public String fileSuffix() {
    return fileSuffix;
  }
}
