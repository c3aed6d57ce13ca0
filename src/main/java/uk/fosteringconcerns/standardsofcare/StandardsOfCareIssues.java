package uk.fosteringconcerns.standardsofcare;

import static uk.fosteringconcerns.standardsofcare.StandardsOfCareVariables.*;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import uk.fosteringconcerns.engine.CustomPlans;
import uk.fosteringconcerns.records.earlier.EarlierConcernService;
import uk.fosteringconcerns.system.AsSystem;
import uk.fosteringconcerns.timescales.Deadlines;

/**
 * Counts the standards of care issues about one foster carer received in the 12 months up to a day (seed 001 4.3:
 * "3 standards of care issues within a 12-month period"), the current case included:
 * <ul>
 *   <li>every other case that ran the Standards of Care procedure for the carer (each case reference once), by the
 *       date its information was received (`receivedOn`), not when it was typed in; a case the fostering manager found
 *       not to be a separate standards matter (NMS 22.10) or whose Standards of Care work stopped because of
 *       significant harm (seed 000 3.10) was not a standards of care issue and does not count;</li>
 *   <li>the standards of care concerns recorded before go-live (imported earlier concerns, category
 *       STANDARDS_OF_CARE).</li>
 * </ul>
 * Allegations, complaints and concerns routed elsewhere are not standards of care issues and never count.
 */
public class StandardsOfCareIssues {

  private final EarlierConcernService earlierConcerns;

  public StandardsOfCareIssues(EarlierConcernService earlierConcerns) {
    this.earlierConcerns = earlierConcerns;
  }

  /** The first day of the 12 months that end on `day` (the same day a year before does not count). */
  public static LocalDate windowStart(LocalDate day) {
    return day.minusMonths(12).plusDays(1);
  }

  public int countInLast12Months(ProcessEngine engine, String carerId, String currentCaseReference, Date now) {
    LocalDate today = Deadlines.toLocalDate(now);
    LocalDate from = windowStart(today);
    if (carerId == null) {
      return 1;
    }
    // the carer's own values among every carer's: planned for this carer (see CustomPlans)
    Set<String> cases = CustomPlans.read(engine,
        () -> AsSystem.call(engine, () -> otherCases(engine, carerId, currentCaseReference, from, today)));
    int imported = earlierConcerns.countStandardsOfCareIssues(carerId, from, today);
    return 1 + cases.size() + imported;
  }

  private static Set<String> otherCases(ProcessEngine engine, String carerId, String currentCaseReference,
      LocalDate from, LocalDate to) {
    // the carer's values first (an index on the value finds them, whatever plan PostgreSQL has cached), then their
    // Standards of Care processes by id: asked the other way round, a cached plan walks every Standards of Care
    // process ever run (issue 18)
    Set<String> carersProcesses = new HashSet<>();
    for (HistoricVariableInstance variable : engine.getHistoryService().createHistoricVariableInstanceQuery()
        .variableValueEquals(CARER_ID, carerId).disableBinaryFetching().disableCustomObjectDeserialization().list()) {
      if (PROCESS_KEY.equals(variable.getProcessDefinitionKey()) && variable.getProcessInstanceId() != null) {
        carersProcesses.add(variable.getProcessInstanceId());
      }
    }
    if (carersProcesses.isEmpty()) {
      return Set.of();
    }
    List<HistoricProcessInstance> instances = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceIds(carersProcesses).list();
    Map<String, HistoricProcessInstance> byId = new HashMap<>();
    for (HistoricProcessInstance instance : instances) {
      if (instance.getBusinessKey() == null || !instance.getBusinessKey().equals(currentCaseReference)) {
        byId.put(instance.getId(), instance);
      }
    }
    if (byId.isEmpty()) {
      return Set.of();
    }
    Map<String, Map<String, Object>> values = new HashMap<>();
    for (HistoricVariableInstance variable : engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceIdIn(byId.keySet().toArray(String[]::new))
        .variableNameIn(RECEIVED_ON, SEPARATE_STANDARDS_MATTER, SOC_STOPPED_ON).list()) {
      values.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
          .put(variable.getName(), variable.getValue());
    }
    Set<String> cases = new HashSet<>();
    byId.forEach((id, instance) -> {
      Map<String, Object> v = values.getOrDefault(id, Map.of());
      if (Boolean.FALSE.equals(v.get(SEPARATE_STANDARDS_MATTER)) || v.get(SOC_STOPPED_ON) != null) {
        return;
      }
      Object received = v.get(RECEIVED_ON);
      LocalDate day = Deadlines.toLocalDate(received != null ? received : instance.getStartTime());
      if (!day.isBefore(from) && !day.isAfter(to)) {
        cases.add(instance.getBusinessKey() != null ? instance.getBusinessKey() : instance.getId());
      }
    });
    return cases;
  }
}
