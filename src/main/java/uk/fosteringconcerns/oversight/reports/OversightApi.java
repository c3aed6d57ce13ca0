package uk.fosteringconcerns.oversight.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.fosteringconcerns.timescales.Deadlines;

/**
 * The oversight answers, whoever asks: {@code /api} (HTTP Basic) and the Cockpit plugin (the webapp session) both
 * call this, so both give the same figures with the same checks, in this order: signed in (401), allowed (403), then
 * the parameters (400 naming the one that is wrong). JSON unless CSV is asked for.
 */
public class OversightApi {

  private static final Logger LOG = LoggerFactory.getLogger(OversightApi.class);
  public static final String JSON = "application/json";
  public static final String CSV = "text/csv; charset=UTF-8";
  public static final int DEFAULT_MAX_RESULTS = 1000;
  public static final int MAX_RESULTS = 100_000;
  private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  /** What to send: status, content type, body, and extra headers. */
  public record Answer(int status, String contentType, String body, Map<String, String> headers) {}

  private final OversightAccess access;
  private final OversightReports reports;
  private final OverdueWork overdue;
  private final CaseTasks caseTasks;
  private final ObjectMapper json;

  public OversightApi(OversightAccess access, OversightReports reports, OverdueWork overdue, CaseTasks caseTasks,
      ObjectMapper json) {
    this.access = access;
    this.reports = reports;
    this.overdue = overdue;
    this.caseTasks = caseTasks;
    this.json = json;
  }

  /** The open tasks of one case that the caller oversees (the Cockpit tab). */
  public Answer caseTasks(Authentication authentication, String processInstanceId) {
    return answer(() -> {
      ReportScope scope = access.scope(authentication);
      return new Answer(200, JSON, json.writeValueAsString(caseTasks.openTasks(processInstanceId, scope)), Map.of());
    });
  }

  public Answer report(String report, Authentication authentication, String from, String to, boolean csv) {
    return answer(() -> {
      ReportScope scope = access.scope(authentication);
      ReportPeriod period = ReportPeriod.parse(from, to, Deadlines.toLocalDate(ClockUtil.getCurrentTime()));
      Map<String, Object> figures = reports.report(report, period, scope);
      if (csv) {
        return new Answer(200, CSV, ReportCsv.report(figures), Map.of("Content-Disposition",
            "attachment; filename=\"" + report + "-report-" + period.from() + "-to-" + period.to() + ".csv\""));
      }
      return new Answer(200, JSON, json.writeValueAsString(figures), Map.of());
    });
  }

  public Answer overdue(Authentication authentication, String firstResult, String maxResults, boolean csv) {
    return answer(() -> {
      ReportScope scope = access.scope(authentication);
      int first = number("firstResult", firstResult, 0, 0, Integer.MAX_VALUE);
      int max = number("maxResults", maxResults, DEFAULT_MAX_RESULTS, 1, MAX_RESULTS);
      OverdueWork.Page page = overdue.overdue(scope, ClockUtil.getCurrentTime(), first, max);
      Map<String, String> headers = new LinkedHashMap<>();
      headers.put("X-Total-Count", Long.toString(page.total()));
      if (csv) {
        headers.put("Content-Disposition", "attachment; filename=\"overdue-work.csv\"");
        return new Answer(200, CSV, ReportCsv.overdue(page.tasks()), headers);
      }
      List<Map<String, Object>> items = new ArrayList<>();
      for (OverdueWork.OverdueTask task : page.tasks()) {
        items.add(taskJson(task));
      }
      return new Answer(200, JSON, json.writeValueAsString(items), headers);
    });
  }

  public static Map<String, Object> taskJson(OverdueWork.OverdueTask task) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("caseReference", task.caseReference());
    item.put("taskName", task.taskName());
    item.put("group", task.group());
    item.put("assignee", task.assignee());
    item.put("dueOn", iso(task.dueAt()));
    item.put("workingDaysLate", task.workingDaysLate());
    item.put("groups", task.groups());
    item.put("taskId", task.taskId());
    item.put("taskKey", task.taskKey());
    item.put("processInstanceId", task.processInstanceId());
    item.put("processKey", task.processKey());
    return item;
  }

  static String iso(Date date) {
    return date == null ? null : ISO.format(date.toInstant().atZone(Deadlines.LONDON));
  }

  private static int number(String name, String text, int fallback, int min, int max) {
    if (text == null) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(text.trim());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new BadParameterException(name, "must be a whole number from " + min + " to " + max);
  }

  @FunctionalInterface
  interface Work {
    Answer run() throws JsonProcessingException;
  }

  Answer answer(Work work) {
    try {
      return work.run();
    } catch (OversightAccess.NotAuthenticatedException e) {
      return error(401, "AuthenticationException", e.getMessage(), null);
    } catch (OversightAccess.ForbiddenException e) {
      return error(403, "AuthorizationException", e.getMessage(), null);
    } catch (CaseTasks.NotFoundException e) {
      return error(404, "NotFoundException", e.getMessage(), null);
    } catch (BadParameterException e) {
      return error(400, "InvalidRequestException", e.getMessage(), e.parameter());
    } catch (JsonProcessingException | RuntimeException e) {
      LOG.error("Oversight answer failed: {}", e.getClass().getSimpleName(), e);
      return error(500, "ServerError", "The figures could not be read; the error is logged", null);
    }
  }

  private Answer error(int status, String type, String message, String parameter) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", message);
    if (parameter != null) {
      body.put("parameter", parameter);
    }
    try {
      return new Answer(status, JSON, json.writeValueAsString(body), Map.of());
    } catch (JsonProcessingException e) {
      return new Answer(status, JSON, "{\"type\":\"" + type + "\"}", Map.of());
    }
  }

  /** CSV when the Accept header prefers text/csv to JSON, or format=csv. */
  public static boolean wantsCsv(String accept, String format) {
    if (format != null) {
      return "csv".equalsIgnoreCase(format.trim());
    }
    if (accept == null) {
      return false;
    }
    double csv = -1;
    double jsonQ = -1;
    int csvIndex = Integer.MAX_VALUE;
    int jsonIndex = Integer.MAX_VALUE;
    String[] parts = accept.split(",");
    for (int i = 0; i < parts.length; i++) {
      String[] pieces = parts[i].trim().split(";");
      String type = pieces[0].trim().toLowerCase(java.util.Locale.ROOT);
      double q = 1;
      for (int p = 1; p < pieces.length; p++) {
        String parameter = pieces[p].trim();
        if (parameter.startsWith("q=")) {
          try {
            q = Double.parseDouble(parameter.substring(2));
          } catch (NumberFormatException e) {
            q = 0;
          }
        }
      }
      if (type.equals("text/csv") && q > 0 && q > csv) {
        csv = q;
        csvIndex = i;
      } else if ((type.equals("application/json") || type.equals("application/*")) && q > 0 && q > jsonQ) {
        jsonQ = q;
        jsonIndex = i;
      }
    }
    return csv > 0 && (csv > jsonQ || (csv == jsonQ && csvIndex < jsonIndex));
  }
}
