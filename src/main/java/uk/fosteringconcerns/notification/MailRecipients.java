package uk.fosteringconcerns.notification;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;

/**
 * Who receives a notification: the e-mail address of every member of its recipient groups (the engine's
 * identity service) plus its own recipient address, each once.
 */
public class MailRecipients {

  private static final Pattern ADDRESS = Pattern.compile("^[^@\\s,;<>]+@[^@\\s,;<>]+$");

  private final Supplier<ProcessEngine> engine;

  public MailRecipients(Supplier<ProcessEngine> engine) {
    this.engine = engine;
  }

  public Set<String> of(String recipientGroups, String recipientAddress) {
    Set<String> addresses = new LinkedHashSet<>();
    if (recipientGroups != null && !recipientGroups.isBlank()) {
      IdentityService identity = engine.get().getIdentityService();
      for (String group : recipientGroups.split(",")) {
        if (group.isBlank()) {
          continue;
        }
        for (User user : identity.createUserQuery().memberOfGroup(group.trim()).orderByUserId().asc().list()) {
          add(addresses, user.getEmail());
        }
      }
    }
    add(addresses, recipientAddress);
    return addresses;
  }

  private static void add(Set<String> addresses, String address) {
    if (address != null && ADDRESS.matcher(address.trim()).matches()) {
      addresses.add(address.trim().toLowerCase(java.util.Locale.ROOT));
    }
  }
}
