package uk.fosteringconcerns.notification;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;

/**
 * Who receives a notification: the e-mail address of every member of its recipient groups and of each of its
 * recipient users (the engine's identity service, so LDAP when configured) plus its own recipient address, each
 * once, lower case.
 */
public class MailRecipients {

  private static final Pattern ADDRESS = Pattern.compile("^[^@\\s,;<>]+@[^@\\s,;<>]+$");

  private final Supplier<ProcessEngine> engine;

  public MailRecipients(Supplier<ProcessEngine> engine) {
    this.engine = engine;
  }

  public Set<String> of(String recipientGroups, String recipientAddress) {
    return of(recipientGroups, null, recipientAddress);
  }

  /** Groups and users as stored in the outbox (comma-separated ids). */
  public Set<String> of(String recipientGroups, String recipientUsers, String recipientAddress) {
    Set<String> addresses = new LinkedHashSet<>();
    List<String> groups = Recipients.split(recipientGroups);
    List<String> users = Recipients.split(recipientUsers);
    if (!groups.isEmpty() || !users.isEmpty()) {
      IdentityService identity = engine.get().getIdentityService();
      for (String group : groups) {
        for (User user : identity.createUserQuery().memberOfGroup(group).orderByUserId().asc().list()) {
          add(addresses, user.getEmail());
        }
      }
      if (!users.isEmpty()) {
        for (User user : identity.createUserQuery().userIdIn(users.toArray(String[]::new)).orderByUserId().asc()
            .list()) {
          add(addresses, user.getEmail());
        }
      }
    }
    add(addresses, recipientAddress);
    return addresses;
  }

  static String normalise(String address) {
    return address.trim().toLowerCase(Locale.ROOT);
  }

  private static void add(Set<String> addresses, String address) {
    if (address != null && ADDRESS.matcher(address.trim()).matches()) {
      addresses.add(normalise(address));
    }
  }
}
