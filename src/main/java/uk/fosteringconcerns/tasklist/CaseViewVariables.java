package uk.fosteringconcerns.tasklist;

/**
 * The task-local variables every user task of a case gets so that Tasklist shows its worker whose case it is (issue
 * 10): written when the task is created, read by the forms' text views and the Tasklist filters. Task-local, so a
 * worker reads them through the task they may already see, with no access to the rest of the case.
 */
public final class CaseViewVariables {

  /** The case reference (the business key): a column of every Tasklist filter. */
  public static final String CASE_REFERENCE = "caseReference";
  /** The foster carer's name: a column of every Tasklist filter. */
  public static final String CARER_NAME = "carerName";
  /** Markdown: the case header every task form shows with the text view {@value #HEADER_TEXT}. */
  public static final String CASE_HEADER = "caseHeader";
  /** Markdown: the earlier decisions and reasons, for the forms whose text view shows {@value #DECISIONS_TEXT}. */
  public static final String CASE_DECISIONS = "caseDecisions";
  /**
   * An object (JSON): values of the case in words (dates, enumerated values, yes/no) for the text views of a form that
   * name them, e.g. {@code {{inWords.meetingDate}}}.
   */
  public static final String IN_WORDS = "inWords";

  /** The text of the one component every task form carries (forms test: FormsTest). */
  public static final String HEADER_TEXT = "{{caseHeader}}";
  public static final String HEADER_COMPONENT_ID = "Text_CaseHeader";
  public static final String DECISIONS_TEXT = "{{caseDecisions}}";
  public static final String DECISIONS_COMPONENT_ID = "Text_EarlierDecisions";

  private CaseViewVariables() {}
}
