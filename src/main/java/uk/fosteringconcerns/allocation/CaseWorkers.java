package uk.fosteringconcerns.allocation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.fosteringconcerns.identity.Groups;

/**
 * The people allocated to a case (PROCESS-API section 6): each named worker is a user of one group, kept in a case
 * variable of every process of the case. Seeds 000 3.1 and 3.6, 001 4.3 and Appendix 1, 002 "the child's IRO".
 */
public final class CaseWorkers {

  public static final String PROCESS_KEY = "case-allocation";
  public static final String START_FORM = "case-allocation";
  public static final String CASE_REFERENCE = "caseReference";

  public static final String CHILDS_SOCIAL_WORKER = "childsSocialWorker";
  public static final String FOSTERING_SOCIAL_WORKER = "fosteringSocialWorker";
  public static final String CHILDS_IRO = "childsIro";
  public static final String LADO_OFFICER = "ladoOfficer";

  /** Variable → the group its user must belong to, in the order a task with several of these groups is given. */
  public static final Map<String, String> GROUP_OF = new LinkedHashMap<>();

  static {
    GROUP_OF.put(FOSTERING_SOCIAL_WORKER, Groups.FOSTERING_SOCIAL_WORKER);
    GROUP_OF.put(CHILDS_SOCIAL_WORKER, Groups.CHILDRENS_SOCIAL_WORKER);
    GROUP_OF.put(CHILDS_IRO, Groups.IRO);
    GROUP_OF.put(LADO_OFFICER, Groups.LADO);
  }

  public static final List<String> VARIABLES = List.copyOf(GROUP_OF.keySet());

  /** The variable holding the named worker of a group, if the group has one. */
  public static Optional<String> variableOf(String group) {
    return GROUP_OF.entrySet().stream().filter(e -> e.getValue().equals(group)).map(Map.Entry::getKey).findFirst();
  }

  private CaseWorkers() {}
}
