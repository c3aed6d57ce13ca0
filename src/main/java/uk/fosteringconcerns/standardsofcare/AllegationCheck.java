package uk.fosteringconcerns.standardsofcare;

import static uk.fosteringconcerns.standardsofcare.StandardsOfCareVariables.*;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import uk.fosteringconcerns.allegations.AllegationVariables;
import uk.fosteringconcerns.engine.CustomPlans;
import uk.fosteringconcerns.system.AsSystem;
import uk.fosteringconcerns.timescales.Deadlines;

/**
 * National Minimum Standard 22.10 (quoted in seed 001 section 2): "a clear distinction is made between investigation
 * into allegations of harm and discussions over standards of care. Investigations which find no evidence of harm
 * should not become procedures looking into poor standards of care". A standards of care case about a carer who has
 * an open allegation, or one closed as false, unfounded or unsubstantiated in the last 12 months, is flagged to the
 * fostering manager, who confirms it is a separate standards matter.
 */
public class AllegationCheck {

  /** The allegation outcomes that found no evidence of harm. */
  public static final Set<String> NOT_PROVEN = Set.of(AllegationVariables.FALSE, AllegationVariables.UNFOUNDED,
      AllegationVariables.UNSUBSTANTIATED);

  /**
   * @param reason     null when not flagged, else one of the FLAG_ values
   * @param references the case references of the allegations concerned, sorted
   */
  public record Flag(String reason, List<String> references) {
    public boolean flagged() {
      return reason != null;
    }
  }

  public Flag check(ProcessEngine engine, String carerId, Date now) {
    if (carerId == null) {
      return new Flag(null, List.of());
    }
    Date since = Date.from(ZonedDateTime.ofInstant(now.toInstant(), Deadlines.LONDON).minusMonths(12).toInstant());
    // the carer's own values among every carer's: planned for this carer (see CustomPlans)
    return CustomPlans.read(engine, () -> AsSystem.call(engine, () -> {
      Set<String> open = new TreeSet<>();
      for (ProcessInstance instance : engine.getRuntimeService().createProcessInstanceQuery()
          .processDefinitionKey(AllegationVariables.PROCESS_KEY).variableValueEquals(CARER_ID, carerId).list()) {
        open.add(reference(instance.getBusinessKey(), instance.getId()));
      }
      Set<String> notProven = new TreeSet<>();
      for (HistoricProcessInstance instance : engine.getHistoryService().createHistoricProcessInstanceQuery()
          .processDefinitionKey(AllegationVariables.PROCESS_KEY).variableValueEquals(CARER_ID, carerId)
          .finished().finishedAfter(since).list()) {
        HistoricVariableInstance outcome = engine.getHistoryService().createHistoricVariableInstanceQuery()
            .processInstanceId(instance.getId()).variableName(AllegationVariables.ALLEGATION_OUTCOME).singleResult();
        if (outcome != null && NOT_PROVEN.contains(String.valueOf(outcome.getValue()))) {
          notProven.add(reference(instance.getBusinessKey(), instance.getId()));
        }
      }
      String reason = !open.isEmpty() && !notProven.isEmpty() ? FLAG_BOTH
          : !open.isEmpty() ? FLAG_OPEN_ALLEGATION : !notProven.isEmpty() ? FLAG_ALLEGATION_NOT_PROVEN : null;
      Set<String> all = new TreeSet<>(open);
      all.addAll(notProven);
      return new Flag(reason, List.copyOf(all));
    }));
  }

  private static String reference(String businessKey, String id) {
    return businessKey != null ? businessKey : id;
  }
}
