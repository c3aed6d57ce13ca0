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
  /** Claimed by a sender that is handing it to the mail server right now. */
  public static final String SENDING = "SENDING";
  /**
   * A sender claimed it and then vanished (crash between the mail server's answer and marking it SENT): it may or
   * may not have gone out, so it is never re-sent by itself; an administrator checks the mail log by its
   * Message-ID and sets it back to PENDING if it did not go (see OutboxSender).
   */
  public static final String UNCONFIRMED = "UNCONFIRMED";
}
