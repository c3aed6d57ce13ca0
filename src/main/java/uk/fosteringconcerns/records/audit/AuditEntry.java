package uk.fosteringconcerns.records.audit;

/**
 * One thing a person did or read on a case, before it is chained (PROCESS-API section 10). {@code detail} holds ids,
 * task names, variable NAMES and document ids only: never a value, never the concern text.
 *
 * @param userId            who (null when the engine acted on its own)
 * @param action            {@link #READ}, {@link #CHANGE} or {@link #REFUSED}
 * @param what              a short phrase, e.g. "task completed", "document read"
 * @param caseReference     the case (CC-yyyy-nnnnn), or null when the entry is about no single case
 */
public record AuditEntry(String userId, String action, String what, String caseReference,
    String processInstanceId, String taskId, String detail) {

  public static final String READ = "READ";
  public static final String CHANGE = "CHANGE";
  public static final String REFUSED = "REFUSED";

  public static AuditEntry read(String userId, String what, String caseReference, String detail) {
    return new AuditEntry(userId, READ, what, caseReference, null, null, detail);
  }

  public static AuditEntry refused(String userId, String what, String caseReference, String detail) {
    return new AuditEntry(userId, REFUSED, what, caseReference, null, null, detail);
  }

  public static AuditEntry change(String userId, String what, String caseReference, String detail) {
    return new AuditEntry(userId, CHANGE, what, caseReference, null, null, detail);
  }
}
