package uk.fosteringconcerns.notification;

import java.util.Date;

/** One row of the outbox: who, what, when, which case, and its delivery state. */
public record Notification(
    String id,
    String caseReference,
    String template,
    String recipientGroups,
    String recipientAddress,
    String subject,
    String body,
    String processInstanceId,
    Date createdAt,
    String state,
    int attempts,
    Date sentAt,
    String lastError) {

  public static final String PENDING = "PENDING";
  public static final String SENT = "SENT";
  public static final String FAILED = "FAILED";
}
