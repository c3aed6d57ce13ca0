package uk.fosteringconcerns.standardsofcare;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import uk.fosteringconcerns.timescales.Deadlines;

/**
 * Counts the concerns about one foster carer in the 12 months before a date (seed 001 4.3: "3 standards of care
 * issues within a 12-month period"): every concern-triage or standards-of-care case with that `carerId` started in
 * the period, each case reference (business key) once, the current case included. A concern that went from
 * triage to standards of care is one concern.
 */
public class EarlierConcerns {

  public int countInLast12Months(HistoryService history, String carerId, String currentCaseReference, Date now) {
    Set<String> cases = new HashSet<>();
    if (currentCaseReference != null) {
      cases.add(currentCaseReference);
    }
    if (carerId == null) {
      return cases.size();
    }
    Date since = Date.from(ZonedDateTime.ofInstant(now.toInstant(), Deadlines.LONDON).minusMonths(12).toInstant());
    CommandContext context = Context.getCommandContext();
    java.util.List<HistoricProcessInstance> found = context == null
        ? query(history, carerId, since)
        : context.runWithoutAuthorization(() -> query(history, carerId, since));
    for (HistoricProcessInstance instance : found) {
      cases.add(instance.getBusinessKey() != null ? instance.getBusinessKey() : instance.getId());
    }
    return cases.size();
  }

  private static java.util.List<HistoricProcessInstance> query(HistoryService history, String carerId, Date since) {
    return history.createHistoricProcessInstanceQuery()
        .processDefinitionKeyIn(StandardsOfCareVariables.CONCERN_TRIAGE_PROCESS, StandardsOfCareVariables.PROCESS_KEY)
        .variableValueEquals(StandardsOfCareVariables.CARER_ID, carerId)
        .startedAfter(since)
        .list();
  }
}
