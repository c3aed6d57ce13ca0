package uk.fosteringconcerns.notification;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who a notification is addressed to, kept in its outbox row: the members of Camunda groups, explicit users (by
 * user id, e.g. a case's named worker, PROCESS-API section 6) and one extra address. Groups and users are resolved
 * to e-mail addresses by the identity service when the row is sent, so a change of membership or address before
 * then is honoured.
 */
public record Recipients(List<String> groups, List<String> users, String address) {

  /** Group and user ids as the engine accepts them (see general-resource-whitelist-pattern). */
  private static final Pattern ID = Pattern.compile("^[A-Za-z0-9._@-]{1,64}$");

  public Recipients {
    groups = ids("group", groups);
    users = ids("user", users);
    address = address == null || address.isBlank() ? null : address.trim();
  }

  /** The members of these groups (comma-separated ids are split). */
  public static Recipients groups(String... groupIds) {
    return new Recipients(split(groupIds), List.of(), null);
  }

  /** These users alone, by user id. */
  public static Recipients users(String... userIds) {
    return new Recipients(List.of(), split(userIds), null);
  }

  public static Recipients users(Collection<String> userIds) {
    return users(userIds.toArray(String[]::new));
  }

  public Recipients andGroups(String... groupIds) {
    return new Recipients(concat(groups, split(groupIds)), users, address);
  }

  public Recipients andUsers(String... userIds) {
    return new Recipients(groups, concat(users, split(userIds)), address);
  }

  public Recipients andAddress(String extraAddress) {
    return new Recipients(groups, users, extraAddress);
  }

  public boolean isEmpty() {
    return groups.isEmpty() && users.isEmpty() && address == null;
  }

  /** Comma-separated, as stored in the outbox ({@code null} when none). */
  String groupList() {
    return groups.isEmpty() ? null : String.join(",", groups);
  }

  String userList() {
    return users.isEmpty() ? null : String.join(",", users);
  }

  /** Parses a comma-separated column or input ({@code null} or blank gives an empty list). */
  public static List<String> split(String... values) {
    Set<String> out = new LinkedHashSet<>();
    if (values != null) {
      for (String value : values) {
        if (value != null) {
          Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(out::add);
        }
      }
    }
    return List.copyOf(out);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    Set<String> out = new LinkedHashSet<>(a);
    out.addAll(b);
    return List.copyOf(out);
  }

  private static List<String> ids(String kind, List<String> values) {
    if (values == null) {
      return List.of();
    }
    Set<String> out = new LinkedHashSet<>();
    for (String value : values) {
      String id = value == null ? "" : value.trim();
      if (!ID.matcher(id).matches()) {
        // the id itself is not repeated: it may be anything a caller passed
        throw new IllegalArgumentException("A notification's " + kind + " id must match " + ID.pattern());
      }
      out.add(id);
    }
    return List.copyOf(out);
  }
}
