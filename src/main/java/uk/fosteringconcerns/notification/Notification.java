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
    String lastError,
    /* comma-separated user ids that receive it (issue 9; a case's named worker, PROCESS-API section 6) */
    String recipientUsers,
    /* the Message-ID every attempt uses, so the mail log can be searched for it */
    String messageId,
    /* addresses the mail server accepted; a retry never goes to them again */
    String deliveredTo,
    /* addresses the mail server refused for good (5xx for the recipient) */
    String refusedTo) {

  public static final String PENDING = "PENDING";
  public static final String SENT = "SENT";
  /**
   * Given up: a recipient was refused for good (5xx) or nobody has an address, or transient failures lasted longer
   * than {@code fostering.notifications.retry-for}. An administrator re-queues it (POST …/resend) once fixed.
   */
  public static final String FAILED = "FAILED";
  /** Claimed by a sender that is handing it to the mail server right now. */
  public static final String SENDING = "SENDING";
  /**
   * The message data went to the mail server and no final answer came (timeout, connection lost, or the sender
   * died): it may or may not have been delivered, so it is never re-sent by itself. An administrator checks the mail
   * log for its Message-ID and resends it or marks it sent (POST /api/notifications/{id}/resend | mark-sent).
   */
  public static final String UNCONFIRMED = "UNCONFIRMED";
}
