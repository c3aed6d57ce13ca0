package uk.fosteringconcerns.identity;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The demo users of PROCESS-API sections 1 and 6 (two in each group that has named workers): user id → group id.
 * Password `demo`; profile `demo` only.
 */
public final class DemoUsers {

  public static final String PASSWORD = "demo";

  public static final Map<String, String> USERS = new LinkedHashMap<>();

  static {
    USERS.put("chris", Groups.CHILDRENS_SOCIAL_WORKER);
    USERS.put("chloe", Groups.CHILDRENS_SOCIAL_WORKER);
    USERS.put("carol", Groups.CHILDRENS_TEAM_MANAGER);
    USERS.put("fiona", Groups.FOSTERING_SOCIAL_WORKER);
    USERS.put("felix", Groups.FOSTERING_SOCIAL_WORKER);
    USERS.put("frank", Groups.FOSTERING_MANAGER);
    USERS.put("laura", Groups.LADO);
    USERS.put("leon", Groups.LADO);
    USERS.put("bella", Groups.BUSINESS_SUPPORT);
    USERS.put("ian", Groups.IRO);
    USERS.put("iris", Groups.IRO);
    USERS.put("pat", Groups.FOSTERING_PANEL);
    USERS.put("adam", Groups.AGENCY_DECISION_MAKER);
    USERS.put("sam", Groups.SERVICE_MANAGER);
    USERS.put("helen", Groups.HEAD_OF_SERVICE);
    USERS.put("diana", Groups.DIRECTOR);
    USERS.put("quinn", Groups.QUALITY_ASSURANCE);
    USERS.put("admin", Groups.ADMIN);
  }

  private DemoUsers() {}
}
