package uk.fosteringconcerns.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** REST bodies for raising a concern, as an integration would send them (PROCESS-API section 2). */
public final class ConcernRequests {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ConcernRequests() {}

  /** Variables with their REST types. */
  public static final class Intake {
    private final Map<String, Object[]> values = new LinkedHashMap<>();

    Intake put(String name, Object value, String type) {
      values.put(name, new Object[] {value, type});
      return this;
    }

    public Intake without(String name) {
      values.remove(name);
      return this;
    }

    public Intake with(String name, Object value, String type) {
      return put(name, value, type);
    }
  }

  public static Intake validIntake() {
    return new Intake()
        .put("receivedOn", "2026-11-19T10:00:00.000+0000", "Date")
        .put("carerId", "FC-1001", "String")
        .put("carerName", "Test Carer", "String")
        .put("childId", "CH-2002", "String")
        .put("concernSummary", "Concern about the standard of care", "String")
        .put("raisedBy", "anonymous", "String")
        .put("concernAboutOwnChild", false, "Boolean")
        .put("carerLivesInOtherAuthority", false, "Boolean");
  }

  public static String startBody(Intake intake) {
    ObjectNode variables = JSON.createObjectNode();
    intake.values.forEach((name, pair) -> {
      ObjectNode v = variables.putObject(name);
      v.putPOJO("value", pair[0]);
      v.put("type", (String) pair[1]);
    });
    ObjectNode body = JSON.createObjectNode();
    body.set("variables", variables);
    return body.toString();
  }
}
