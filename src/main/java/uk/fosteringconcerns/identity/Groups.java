package uk.fosteringconcerns.identity;

import java.util.List;

/** The Camunda groups of PROCESS-API section 1, and who may do what. */
public final class Groups {

  public static final String CHILDRENS_SOCIAL_WORKER = "childrens-social-worker";
  public static final String CHILDRENS_TEAM_MANAGER = "childrens-team-manager";
  public static final String FOSTERING_SOCIAL_WORKER = "fostering-social-worker";
  public static final String FOSTERING_MANAGER = "fostering-manager";
  public static final String LADO = "lado";
  public static final String BUSINESS_SUPPORT = "business-support";
  public static final String IRO = "iro";
  public static final String FOSTERING_PANEL = "fostering-panel";
  public static final String AGENCY_DECISION_MAKER = "agency-decision-maker";
  public static final String SERVICE_MANAGER = "service-manager";
  public static final String HEAD_OF_SERVICE = "head-of-service";
  public static final String DIRECTOR = "director";
  public static final String QUALITY_ASSURANCE = "quality-assurance";
  public static final String ADMIN = "camunda-admin";

  /** Every group whose members do tasks (all but the administrators). */
  public static final List<String> WORKERS = List.of(CHILDRENS_SOCIAL_WORKER, CHILDRENS_TEAM_MANAGER,
      FOSTERING_SOCIAL_WORKER, FOSTERING_MANAGER, LADO, BUSINESS_SUPPORT, IRO, FOSTERING_PANEL,
      AGENCY_DECISION_MAKER, SERVICE_MANAGER, HEAD_OF_SERVICE, DIRECTOR, QUALITY_ASSURANCE);

  /** Managers' groups, the LADO and QA read cases in Cockpit (PROCESS-API section 1). */
  public static final List<String> CASE_READERS = List.of(CHILDRENS_TEAM_MANAGER, FOSTERING_MANAGER,
      SERVICE_MANAGER, HEAD_OF_SERVICE, DIRECTOR, LADO, QUALITY_ASSURANCE);

  public static final List<String> ALL = List.of(CHILDRENS_SOCIAL_WORKER, CHILDRENS_TEAM_MANAGER,
      FOSTERING_SOCIAL_WORKER, FOSTERING_MANAGER, LADO, BUSINESS_SUPPORT, IRO, FOSTERING_PANEL,
      AGENCY_DECISION_MAKER, SERVICE_MANAGER, HEAD_OF_SERVICE, DIRECTOR, QUALITY_ASSURANCE, ADMIN);

  /** Display names for Admin and Tasklist. */
  public static String displayName(String groupId) {
    return switch (groupId) {
      case CHILDRENS_SOCIAL_WORKER -> "Child's social workers";
      case CHILDRENS_TEAM_MANAGER -> "Children's team managers";
      case FOSTERING_SOCIAL_WORKER -> "Fostering (supervising) social workers";
      case FOSTERING_MANAGER -> "Fostering team managers";
      case LADO -> "Local Authority Designated Officers";
      case BUSINESS_SUPPORT -> "Business support";
      case IRO -> "Independent reviewing officers";
      case FOSTERING_PANEL -> "Fostering panel";
      case AGENCY_DECISION_MAKER -> "Agency decision makers";
      case SERVICE_MANAGER -> "Service managers";
      case HEAD_OF_SERVICE -> "Heads of service";
      case DIRECTOR -> "Directors";
      case QUALITY_ASSURANCE -> "Quality assurance and partnerships";
      case ADMIN -> "Camunda administrators";
      default -> groupId;
    };
  }

  private Groups() {}
}
