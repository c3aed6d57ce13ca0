package uk.fosteringconcerns.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import java.io.OutputStream;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * Angus Mail's SMTP transport, told where a send stands. SMTPTransport is made to be extended this way (its
 * {@code data()} hook): before the DATA command the outbox records that the message data may reach the server (or
 * refuses, when the sender has lost its claim or is stopping), and once the server has answered 354 the send is
 * "in the data phase": from then on, a failure without a final reply (timeout, connection lost) means the message
 * may have been delivered, so it must not be retried blindly.
 */
final class OutboxTransport extends SMTPTransport {

  /** Called on the sending thread just before DATA; throwing stops the send before any message data goes out. */
  interface DataGate {
    void beforeData() throws MessagingException;
  }

  private volatile DataGate gate;
  private volatile boolean dataAccepted;

  OutboxTransport(Session session, String protocol) {
    super(session, new URLName(protocol, null, -1, null, null, null), protocol, "smtps".equals(protocol));
  }

  /** Arms the transport for the next message. */
  void prepare(DataGate dataGate) {
    this.gate = dataGate;
    this.dataAccepted = false;
  }

  /** True once the server answered 354 to DATA for the current message. */
  boolean dataAccepted() {
    return dataAccepted;
  }

  @Override
  protected OutputStream data() throws MessagingException {
    beforeData();
    OutputStream out = super.data();
    dataAccepted = true;
    return out;
  }

  @Override
  protected OutputStream bdat() throws MessagingException {
    beforeData();
    OutputStream out = super.bdat();
    dataAccepted = true;
    return out;
  }

  private void beforeData() throws MessagingException {
    DataGate current = gate;
    if (current != null) {
      current.beforeData();
    }
  }
}
