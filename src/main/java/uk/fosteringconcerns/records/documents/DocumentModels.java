package uk.fosteringconcerns.records.documents;

import static uk.fosteringconcerns.standardsofcare.StandardsOfCareVariables.*;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import uk.fosteringconcerns.allegations.AllegationVariables;
import uk.fosteringconcerns.decisions.SystemDecisions;
import uk.fosteringconcerns.records.RecordWords;
import uk.fosteringconcerns.records.chronology.ChronologyEntry;
import uk.fosteringconcerns.records.chronology.ChronologyService;
import uk.fosteringconcerns.timescales.Deadlines;

/**
 * The values each document shows, taken from the case's variables at the step that produces it. A value the case
 * does not hold yet is left empty: the template prints a line to fill in by hand.
 */
public class DocumentModels {

  // the Appendix 1 header fields of the soc-report form (FOSTER_CARERS … CHILDRENS_TEAM_MANAGER, Dudley Standards of
  // Care procedure, Appendix 1) are StandardsOfCareVariables' (static import above)
  /** Named workers (PROCESS-API section 6): user ids, shown by name. */
  public static final String FOSTERING_SOCIAL_WORKER = "fosteringSocialWorker";
  public static final String CHILDS_SOCIAL_WORKER = "childsSocialWorker";
  public static final String LADO_OFFICER = "ladoOfficer";

  /** The follow-ups of allegation-outcome-actions a carer is told about, in plain words (Kent guidance). */
  private static final Map<String, String> CARER_FOLLOW_UPS = new LinkedHashMap<>();

  static {
    CARER_FOLLOW_UPS.put(AllegationVariables.EVALUATION_MEETING_DECISION, "The fostering service and the LADO will"
        + " agree whether a LADO-led evaluation meeting is needed, and will record why.");
    CARER_FOLLOW_UPS.put(AllegationVariables.FOSTERING_PANEL, "The allegation and its outcome will be presented to"
        + " the fostering panel, which will make a recommendation about your approval to the agency decision maker.");
    CARER_FOLLOW_UPS.put(AllegationVariables.JOINT_VISIT, "Your supervising social worker and the child's social"
        + " worker will visit you and the children together to talk about the outcome and plan the work that follows.");
    CARER_FOLLOW_UPS.put(AllegationVariables.CHECKLIST_FOSTERING_SOCIAL_WORKER, "Your supervising social worker will"
        + " talk with you about how you feel, the impact on your household and the support and training you need.");
  }

  private final ChronologyService chronology;
  private final SystemDecisions decisions;
  private final String authority;

  public DocumentModels(ChronologyService chronology, SystemDecisions decisions, String authority) {
    this.chronology = chronology;
    this.decisions = decisions;
    this.authority = authority;
  }

  /**
   * @param variables     the case's variables at the step
   * @param completedBy   the user completing the step (author, chair, approver or LADO)
   * @param names         user id to the person's name (identity service)
   */
  public Map<String, Object> build(DocumentType type, Map<String, Object> variables, String caseReference,
      String completedBy, Function<String, String> names, Date now) {
    Values v = new Values(variables);
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("title", type.title());
    model.put("authority", authority);
    model.put("caseReference", caseReference);
    model.put("carerName", v.text(CARER_NAME));
    model.put("carerId", v.text(CARER_ID));
    model.put("childId", v.text(CHILD_ID));
    model.put("procedure", RecordWords.procedureTitle(v.text(PROFILE)));
    model.put("producedOn", RecordWords.day(now));
    model.put("producedBy", names.apply(completedBy));
    switch (type) {
      case SOC_VISIT_RECORD -> visitRecord(model, v, names, completedBy);
      case SOC_MEETING_REPORT -> meetingReport(model, v, names, caseReference, now);
      case SOC_MINUTES -> minutes(model, v);
      case ALLEGATION_OUTCOME_LETTER -> outcomeLetter(model, v);
      default -> throw new IllegalArgumentException(type.name());
    }
    return model;
  }

  private static void visitRecord(Map<String, Object> model, Values v, Function<String, String> names,
      String completedBy) {
    model.put("receivedOn", RecordWords.day(v.get(RECEIVED_ON)));
    model.put("visitDate", RecordWords.day(v.get(VISIT_DATE)));
    String worker = v.text(FOSTERING_SOCIAL_WORKER);
    model.put("socialWorker", names.apply(worker != null ? worker : completedBy));
    model.put("standardsBreached", v.text(STANDARDS_BREACHED));
    model.put("actionPlan", v.text(ACTION_PLAN));
    model.put("actionsDueOn", RecordWords.day(v.get(ACTIONS_DUE_ON)));
    model.put("carerAgreesActions", RecordWords.yesNo(v.get(CARER_AGREES_ACTIONS)));
    model.put("discussedWithChild", RecordWords.yesNo(v.get(DISCUSSED_WITH_CHILD)));
    model.put("notDiscussedWithChildReason", v.text(NOT_DISCUSSED_WITH_CHILD_REASON));
  }

  private void meetingReport(Map<String, Object> model, Values v, Function<String, String> names,
      String caseReference, Date now) {
    model.put("fosterCarers", v.text(FOSTER_CARERS));
    model.put("householdMembers", v.text(HOUSEHOLD_MEMBERS));
    model.put("carerAddress", v.text(CARER_ADDRESS));
    model.put("fosteringTeam", v.text(FOSTERING_TEAM));
    model.put("registrationDate", RecordWords.day(v.get(REGISTRATION_DATE)));
    model.put("registrationTerms", v.text(REGISTRATION_TERMS));
    model.put("receivedOn", RecordWords.day(v.get(RECEIVED_ON)));
    model.put("raisedBy", v.text(RAISED_BY));
    model.put("fosteringSocialWorker", names.apply(v.text(FOSTERING_SOCIAL_WORKER)));
    model.put("fosteringTeamManager", v.text(FOSTERING_TEAM_MANAGER));
    model.put("childsSocialWorker", names.apply(v.text(CHILDS_SOCIAL_WORKER)));
    model.put("childrensTeamManager", v.text(CHILDRENS_TEAM_MANAGER));
    model.put("investigatingWorker", v.text(INVESTIGATING_WORKER));
    model.put("reportReason", v.text(REPORT_REASON));
    model.put("fosteringCareerOverview", v.text(FOSTERING_CAREER_OVERVIEW));
    List<Map<String, Object>> rows = new ArrayList<>();
    String carerId = v.text(CARER_ID);
    if (carerId != null) {
      for (ChronologyEntry entry : ChronologyService.previous(chronology.forCarer(carerId), caseReference,
          Deadlines.toLocalDate(now))) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("date", RecordWords.day(Date.from(entry.date())));
        row.put("caseReference", entry.caseReference() != null ? entry.caseReference() : entry.sourceReference());
        row.put("event", Values.clean(entry.summary()));
        rows.add(row);
      }
    }
    model.put("chronology", rows);
    model.put("chronologyNotes", v.text(PREVIOUS_CONCERNS_CHRONOLOGY));
    model.put("investigationDetails", v.text(INVESTIGATION_DETAILS));
    model.put("consultationSummary", v.text(CONSULTATION_SUMMARY));
    model.put("currentSituationAndImpact", v.text(CURRENT_SITUATION_AND_IMPACT));
    model.put("workingWell", v.text(WORKING_WELL));
    model.put("worriedAbout", v.text(WORRIED_ABOUT));
    model.put("needsToHappenNext", v.text(NEEDS_TO_HAPPEN_NEXT));
    model.put("reportAppendices", v.text(REPORT_APPENDICES));
    model.put("reportSentToCarerOn", RecordWords.day(v.get(REPORT_SENT_TO_CARER_ON)));
    model.put("reportSharedHow", RecordWords.sharedHow(v.text(REPORT_SHARED_HOW)));
    Object receipt = v.get(CARER_CONFIRMED_RECEIPT);
    model.put("receiptYes", Boolean.TRUE.equals(receipt) ? "X" : "");
    model.put("receiptNo", Boolean.FALSE.equals(receipt) ? "X" : "");
    model.put("standardsBreached", v.text(STANDARDS_BREACHED));
    model.put("meetingDate", RecordWords.dayAndTime(v.date(MEETING_DATE)));
  }

  private static void minutes(Map<String, Object> model, Values v) {
    model.put("meetingDate", RecordWords.dayAndTime(v.date(MEETING_DATE)));
    model.put("meetingArrangements", v.text(MEETING_ARRANGEMENTS));
    model.put("meetingReason", RecordWords.meetingReason(v.text(MEETING_REASON)));
    model.put("standardsBreached", v.text(STANDARDS_BREACHED));
    model.put("carerResponse", v.text(CARER_RESPONSE));
    model.put("meetingOutcome", RecordWords.meetingOutcome(v.text(MEETING_OUTCOME)));
    model.put("recommendations", v.text(RECOMMENDATIONS));
    model.put("meetingActionPlan", v.text(MEETING_ACTION_PLAN));
    model.put("meetingActionsDueOn", RecordWords.day(v.get(MEETING_ACTIONS_DUE_ON)));
  }

  private void outcomeLetter(Map<String, Object> model, Values v) {
    String outcome = v.text(AllegationVariables.ALLEGATION_OUTCOME);
    model.put("carerAddress", v.text(CARER_ADDRESS));
    model.put("meetingOn", RecordWords.day(v.get(AllegationVariables.PAIM_HELD_ON)));
    model.put("outcome", RecordWords.allegationOutcome(outcome));
    model.put("outcomeMeaning", RecordWords.allegationOutcomeMeaning(outcome));
    model.put("outcomeRationale", v.text(AllegationVariables.OUTCOME_RATIONALE));
    List<Map<String, Object>> categories = new ArrayList<>();
    for (String value : List.of(AllegationVariables.SUBSTANTIATED, AllegationVariables.UNSUBSTANTIATED,
        AllegationVariables.FALSE, AllegationVariables.MALICIOUS, AllegationVariables.UNFOUNDED)) {
      categories.add(Map.of("name", RecordWords.allegationOutcome(value),
          "meaning", RecordWords.allegationOutcomeMeaning(value), "marker", value.equals(outcome) ? "the outcome in your case" : ""));
    }
    model.put("categories", categories);
    List<String> followUps = new ArrayList<>();
    if (outcome != null) {
      for (DmnDecisionResultEntries row : decisions.evaluate(AllegationVariables.DECISION_OUTCOME_ACTIONS,
          Map.of(AllegationVariables.ALLEGATION_OUTCOME, outcome))) {
        String words = CARER_FOLLOW_UPS.get((String) row.get(AllegationVariables.DECISION_OUTPUT_ACTION));
        if (words != null) {
          followUps.add(words);
        }
      }
    }
    model.put("nextSteps", followUps);
  }

  /** The case's variables, read as text or dates; text is stripped of characters a document cannot hold. */
  private record Values(Map<String, Object> variables) {
    Object get(String name) {
      return variables.get(name);
    }

    String text(String name) {
      Object value = variables.get(name);
      if (value == null) {
        return null;
      }
      String text = clean(value instanceof Date date ? RecordWords.day(date) : value.toString());
      return text.isBlank() ? null : text;
    }

    Date date(String name) {
      Object value = variables.get(name);
      if (value instanceof Date date) {
        return date;
      }
      if (value instanceof String text) {
        try {
          return Deadlines.parseIsoDate(text);
        } catch (RuntimeException e) {
          return null;
        }
      }
      return null;
    }

    /** Removes control characters XML cannot carry (a pasted text may hold them). */
    static String clean(String text) {
      StringBuilder out = new StringBuilder(text.length());
      text.codePoints().forEach(c -> {
        if (c == '\n' || c == '\t' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF && (c < 0xD800 || c > 0xDFFF))) {
          out.appendCodePoint(c);
        }
      });
      return out.toString();
    }
  }

  /** For tests and callers outside an engine command: names are user ids. */
  public static Function<String, String> idsAsNames() {
    return id -> id;
  }
}
