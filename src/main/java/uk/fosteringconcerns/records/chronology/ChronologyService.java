package uk.fosteringconcerns.records.chronology;

import static uk.fosteringconcerns.records.chronology.ChronologyEntry.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import uk.fosteringconcerns.allegations.AllegationVariables;
import uk.fosteringconcerns.engine.CustomPlans;
import uk.fosteringconcerns.records.RecordWords;
import uk.fosteringconcerns.records.earlier.EarlierConcern;
import uk.fosteringconcerns.records.earlier.EarlierConcernService;
import uk.fosteringconcerns.standardsofcare.StandardsOfCareVariables;
import uk.fosteringconcerns.timescales.Deadlines;
import uk.fosteringconcerns.triage.ConcernTriageVariables;

/**
 * Every concern about a foster carer, or about a child, across all cases, oldest first (PROCESS-API section 10;
 * Dudley Standards of Care procedure Appendix 1 "chronology of previous relevant concerns"), built from the
 * engine's history and the concerns imported from before go-live.
 *
 * <p>Four indexed queries whatever the size of the history: the process instances holding the carer's (child's)
 * id (index on the variable's name and text, see records.RecordsSchema), their case references, every process
 * instance of those cases (by business key), and the few variables the chronology reads (by process instance).
 */
public class ChronologyService {

  /** The processes of a case. */
  static final String[] CASE_PROCESSES = {ConcernTriageVariables.PROCESS_KEY, StandardsOfCareVariables.PROCESS_KEY,
      AllegationVariables.PROCESS_KEY};

  private static final String THRESHOLD_MET = "thresholdMet";

  /** The variables the chronology reads: dates and coded values only, never the concern text. */
  static final String[] VARIABLES = {ConcernTriageVariables.RECEIVED_ON, ConcernTriageVariables.LADO_DECISION,
      ConcernTriageVariables.LADO_DECISION_ON, StandardsOfCareVariables.VISIT_DATE,
      StandardsOfCareVariables.STANDARDS_BREACHED, StandardsOfCareVariables.CARER_AGREES_ACTIONS,
      StandardsOfCareVariables.MEETING_DATE, StandardsOfCareVariables.MEETING_OUTCOME,
      AllegationVariables.IEM_HELD_ON, THRESHOLD_MET, AllegationVariables.PAIM_HELD_ON,
      AllegationVariables.ALLEGATION_OUTCOME, AllegationVariables.PANEL_RECOMMENDATION, AllegationVariables.PANEL_DATE,
      AllegationVariables.ADM_DECISION, StandardsOfCareVariables.RESIGNATION_RECEIVED_ON,
      ConcernTriageVariables.CARER_ID, ConcernTriageVariables.CHILD_ID};

  private final Supplier<ProcessEngine> engine;
  private final EarlierConcernService earlier;

  public ChronologyService(Supplier<ProcessEngine> engine, EarlierConcernService earlier) {
    this.engine = engine;
    this.earlier = earlier;
  }

  /** The whole chronology of a carer. */
  public List<ChronologyEntry> forCarer(String carerId) {
    return build(ConcernTriageVariables.CARER_ID, carerId, earlier.forCarer(carerId));
  }

  /** The whole chronology of a child. */
  public List<ChronologyEntry> forChild(String childId) {
    return build(ConcernTriageVariables.CHILD_ID, childId, earlier.forChild(childId));
  }

  /** The case references of a carer's (child's) cases, for access checks and the audit. */
  public Set<String> casesOf(List<ChronologyEntry> chronology) {
    Set<String> cases = new LinkedHashSet<>();
    chronology.stream().map(ChronologyEntry::caseReference).filter(Objects::nonNull).forEach(cases::add);
    return cases;
  }

  private List<ChronologyEntry> build(String idVariable, String id, List<EarlierConcern> before) {
    List<ChronologyEntry> entries = new ArrayList<>();
    for (EarlierConcern concern : before) {
      String summary = "Concern recorded before go-live: " + concern.category().words()
          + (concern.childId() != null && ConcernTriageVariables.CARER_ID.equals(idVariable)
              ? ", child " + concern.childId() : "")
          + (concern.childId() != null && ConcernTriageVariables.CHILD_ID.equals(idVariable)
              ? ", foster carer " + concern.carerId() : "")
          + (concern.outcome() != null ? ". Outcome: " + concern.outcome() : "");
      entries.add(new ChronologyEntry(concern.receivedOn().atStartOfDay(Deadlines.LONDON).toInstant(), null,
          EARLIER_CONCERN, summary, concern.sourceReference()));
    }
    // a carer's (child's) id among everybody's: planned with the value, or a cached plan reads every carerId
    // ever recorded (see engine.CustomPlans)
    entries.addAll(CustomPlans.read(engine.get(), () -> system(() -> fromHistory(idVariable, id))));
    // by day (a date typed without a time is midnight), then case, then the order of the procedure's steps
    entries.sort(Comparator.comparing((ChronologyEntry e) -> Deadlines.toLocalDate(e.date()))
        .thenComparing(e -> e.caseReference() == null ? "" : e.caseReference())
        .thenComparingInt(e -> rank(e.event()))
        .thenComparing(ChronologyEntry::date));
    return entries;
  }

  private List<ChronologyEntry> fromHistory(String idVariable, String id) {
    HistoryService history = engine.get().getHistoryService();
    Set<String> holding = new LinkedHashSet<>();
    for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
        .variableValueEquals(idVariable, id).disableBinaryFetching().disableCustomObjectDeserialization().list()) {
      if (variable.getProcessInstanceId() != null) {
        holding.add(variable.getProcessInstanceId());
      }
    }
    if (holding.isEmpty()) {
      return List.of();
    }
    Set<String> caseReferences = new LinkedHashSet<>();
    for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
        .processInstanceIds(holding).list()) {
      if (instance.getBusinessKey() != null) {
        caseReferences.add(instance.getBusinessKey());
      }
    }
    if (caseReferences.isEmpty()) {
      return List.of();
    }
    List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKeyIn(caseReferences.toArray(String[]::new))
        .processDefinitionKeyIn(CASE_PROCESSES).list();
    Map<String, String> caseOf = new HashMap<>();
    Map<String, List<HistoricProcessInstance>> byCase = new LinkedHashMap<>();
    for (HistoricProcessInstance instance : instances) {
      caseOf.put(instance.getId(), instance.getBusinessKey());
      byCase.computeIfAbsent(instance.getBusinessKey(), k -> new ArrayList<>()).add(instance);
    }
    Map<String, Map<String, List<HistoricVariableInstance>>> variables = new HashMap<>();
    for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(caseOf.keySet().toArray(String[]::new)).variableNameIn(VARIABLES)
        .disableBinaryFetching().disableCustomObjectDeserialization().list()) {
      variables.computeIfAbsent(caseOf.get(variable.getProcessInstanceId()), k -> new HashMap<>())
          .computeIfAbsent(variable.getName(), k -> new ArrayList<>()).add(variable);
    }
    List<ChronologyEntry> entries = new ArrayList<>();
    for (Map.Entry<String, List<HistoricProcessInstance>> kase : byCase.entrySet()) {
      entries.addAll(caseEntries(kase.getKey(), kase.getValue(), variables.getOrDefault(kase.getKey(), Map.of())));
    }
    return entries;
  }

  private static List<ChronologyEntry> caseEntries(String caseReference, List<HistoricProcessInstance> instances,
      Map<String, List<HistoricVariableInstance>> variables) {
    Set<ChronologyEntry> entries = new LinkedHashSet<>();
    CaseVariables v = new CaseVariables(variables);
    String carer = v.text(ConcernTriageVariables.CARER_ID);
    String child = v.text(ConcernTriageVariables.CHILD_ID);

    Instant received = v.date(ConcernTriageVariables.RECEIVED_ON);
    HistoricProcessInstance first = instances.stream().min(Comparator.comparing(HistoricProcessInstance::getStartTime))
        .orElseThrow();
    String processName = StandardsOfCareVariables.PROCESS_KEY.equals(first.getProcessDefinitionKey())
        ? "Standards of Care concern" : "Concern";
    entries.add(new ChronologyEntry(received != null ? received : first.getStartTime().toInstant(), caseReference,
        RECEIVED, processName + " received about foster carer " + orDash(carer)
            + (child != null ? ", child " + child : ""), null));

    for (HistoricVariableInstance decision : v.all(ConcernTriageVariables.LADO_DECISION)) {
      Instant on = v.date(ConcernTriageVariables.LADO_DECISION_ON);
      entries.add(new ChronologyEntry(on != null ? on : decision.getCreateTime().toInstant(), caseReference,
          ROUTE_DECIDED, "The LADO decided the route: " + RecordWords.route((String) decision.getValue()), null));
    }
    Instant visit = v.date(StandardsOfCareVariables.VISIT_DATE);
    if (visit != null) {
      String standards = v.text(StandardsOfCareVariables.STANDARDS_BREACHED);
      Object agrees = v.value(StandardsOfCareVariables.CARER_AGREES_ACTIONS);
      entries.add(new ChronologyEntry(visit, caseReference, VISIT,
          "Supervising social worker visited the foster carer"
              + (standards != null ? "; National Minimum Standards concerned: " + standards : "")
              + (agrees instanceof Boolean b ? (b ? "; the carer agreed the action plan" : "; the carer did not agree the action plan") : ""),
          null));
    }
    Instant iem = v.date(AllegationVariables.IEM_HELD_ON);
    if (iem != null) {
      Object met = v.value(THRESHOLD_MET);
      entries.add(new ChronologyEntry(iem, caseReference, MEETING, "Initial Evaluation Meeting held"
          + (Boolean.FALSE.equals(met) ? "; the threshold for the allegations procedure was not met" : ""), null));
    }
    Instant meeting = v.date(StandardsOfCareVariables.MEETING_DATE);
    if (meeting != null) {
      String outcome = v.text(StandardsOfCareVariables.MEETING_OUTCOME);
      entries.add(new ChronologyEntry(meeting, caseReference, MEETING, outcome != null
          ? "Standards of Care meeting held; outcome: " + RecordWords.meetingOutcome(outcome)
          : "Standards of Care meeting arranged", null));
    }
    for (HistoricVariableInstance outcome : v.all(AllegationVariables.ALLEGATION_OUTCOME)) {
      Instant on = v.date(AllegationVariables.PAIM_HELD_ON);
      entries.add(new ChronologyEntry(on != null ? on : outcome.getCreateTime().toInstant(), caseReference, OUTCOME,
          "Allegation outcome: " + RecordWords.allegationOutcome((String) outcome.getValue()), null));
    }
    for (HistoricVariableInstance panel : v.all(AllegationVariables.PANEL_RECOMMENDATION)) {
      Instant on = v.date(AllegationVariables.PANEL_DATE);
      entries.add(new ChronologyEntry(on != null ? on : panel.getCreateTime().toInstant(), caseReference, PANEL,
          "Fostering panel recommended to " + RecordWords.approval((String) panel.getValue()), null));
    }
    for (HistoricVariableInstance decision : v.all(AllegationVariables.ADM_DECISION)) {
      entries.add(new ChronologyEntry(decision.getCreateTime().toInstant(), caseReference, AGENCY_DECISION,
          "Agency decision maker decided to " + RecordWords.approval((String) decision.getValue()), null));
    }
    Instant resignation = v.date(StandardsOfCareVariables.RESIGNATION_RECEIVED_ON);
    if (resignation != null) {
      entries.add(new ChronologyEntry(resignation, caseReference, RESIGNATION,
          "The foster carer's written notice of resignation received", null));
    }
    if (instances.stream().allMatch(pi -> pi.getEndTime() != null)) {
      Date closed = instances.stream().map(HistoricProcessInstance::getEndTime).max(Date::compareTo).orElseThrow();
      entries.add(new ChronologyEntry(closed.toInstant(), caseReference, CLOSED, "Case closed", null));
    }
    return new ArrayList<>(entries);
  }

  private static String orDash(String text) {
    return text == null ? "-" : text;
  }

  /** A case's variables by name across its process instances (a called process holds copies of its caller's). */
  private record CaseVariables(Map<String, List<HistoricVariableInstance>> byName) {

    /** One instance per distinct value (copies in called processes are the same fact). */
    List<HistoricVariableInstance> all(String name) {
      Map<Object, HistoricVariableInstance> distinct = new LinkedHashMap<>();
      byName.getOrDefault(name, List.of()).stream()
          .sorted(Comparator.comparing(HistoricVariableInstance::getCreateTime))
          .forEach(variable -> {
            if (variable.getValue() != null) {
              distinct.putIfAbsent(variable.getValue(), variable);
            }
          });
      return new ArrayList<>(distinct.values());
    }

    /** The latest value set (the last completion's answer wins). */
    Object value(String name) {
      return byName.getOrDefault(name, List.of()).stream().filter(variable -> variable.getValue() != null)
          .max(Comparator.comparing(HistoricVariableInstance::getCreateTime)).map(HistoricVariableInstance::getValue)
          .orElse(null);
    }

    String text(String name) {
      Object value = value(name);
      return value == null ? null : value.toString();
    }

    Instant date(String name) {
      Object value = value(name);
      if (value instanceof Date date) {
        return date.toInstant();
      }
      if (value instanceof String text) {
        try {
          return Deadlines.parseIsoDate(text).toInstant();
        } catch (RuntimeException e) {
          return null;
        }
      }
      return null;
    }
  }

  private <T> T system(Supplier<T> work) {
    return uk.fosteringconcerns.records.AsSystem.run(engine.get(), work);
  }

  /** Entries of other cases (and concerns from before go-live) dated on or before the day: "previous concerns". */
  public static List<ChronologyEntry> previous(List<ChronologyEntry> chronology, String currentCase, LocalDate upTo) {
    Instant end = upTo.plusDays(1).atStartOfDay(Deadlines.LONDON).toInstant();
    return chronology.stream().filter(e -> !Objects.equals(e.caseReference(), currentCase) || e.caseReference() == null)
        .filter(e -> e.date().isBefore(end)).toList();
  }
}
