package uk.fosteringconcerns.testing;

import com.icegreen.greenmail.base.GreenMailOperations;
import java.util.HashMap;
import java.util.Map;

/** What a GreenMail server received, per mailbox (it makes one per envelope recipient, Bcc included). */
public final class Mailboxes {

  private Mailboxes() {}

  /** Messages per mailbox address, for the mailboxes that received any. */
  public static Map<String, Integer> of(GreenMailOperations server) throws Exception {
    Map<String, Integer> counts = new HashMap<>();
    for (var user : server.getUserManager().listUser()) {
      int count = server.getManagers().getImapHostManager().getInbox(user).getMessageCount();
      if (count > 0) {
        counts.put(user.getEmail(), count);
      }
    }
    return counts;
  }
}
