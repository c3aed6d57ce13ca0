package uk.fosteringconcerns.oversight.reports;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import uk.fosteringconcerns.timescales.Deadlines;

/**
 * The reports and the overdue list as CSV (RFC 4180, UTF-8, CRLF): one row per figure and category, first for the
 * whole period, then month by month; cells that a spreadsheet would run as a formula are quoted with a leading '.
 */
public final class ReportCsv {

  private static final String NEWLINE = "\r\n";
  private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  private ReportCsv() {}

  @SuppressWarnings("unchecked")
  public static String report(Map<String, Object> report) {
    StringBuilder csv = new StringBuilder("period,figure,category,count,onTime,late,percentOnTime,value").append(NEWLINE);
    OversightReports.Definition definition = OversightReports.definition((String) report.get("report"));
    String period = report.get("from") + ".." + report.get("to");
    rows(csv, period, definition, report);
    Object months = report.get("months");
    if (months instanceof List<?> list) {
      for (Object month : list) {
        Map<String, Object> entry = (Map<String, Object>) month;
        rows(csv, (String) entry.get("month"), definition, entry);
      }
    }
    return csv.toString();
  }

  @SuppressWarnings("unchecked")
  private static void rows(StringBuilder csv, String period, OversightReports.Definition definition,
      Map<String, Object> figures) {
    for (OversightReports.Output output : definition.outputs()) {
      Object value = figures.get(output.name());
      if (value == null) {
        continue;
      }
      Map<String, Object> figure = (Map<String, Object>) value;
      if (output instanceof OversightReports.Breakdown) {
        figure.forEach((category, count) -> row(csv, period, output.name(), category, count, null, null, null, null));
      } else if (output instanceof OversightReports.Timed timed) {
        row(csv, period, output.name(), null, figure.get("count"), figure.get("onTime"), figure.get("late"),
            figure.get("percentOnTime"), null);
        if (timed.lateReason()) {
          row(csv, period, output.name(), "lateWithReason", figure.get("lateWithReason"), null, null, null, null);
        }
      } else if (output instanceof OversightReports.Median) {
        row(csv, period, output.name(), null, figure.get("count"), null, null, null, figure.get("median"));
      } else {
        row(csv, period, output.name(), null, figure.get("count"), null, null, null, null);
      }
    }
  }

  private static void row(StringBuilder csv, Object... cells) {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(cell(cells[i]));
    }
    csv.append(NEWLINE);
  }

  public static String overdue(List<OverdueWork.OverdueTask> tasks) {
    StringBuilder csv = new StringBuilder("caseReference,taskName,group,assignee,dueOn,workingDaysLate")
        .append(NEWLINE);
    for (OverdueWork.OverdueTask task : tasks) {
      row(csv, task.caseReference(), task.taskName(), task.group(), task.assignee(),
          ISO.format(task.dueAt().toInstant().atZone(Deadlines.LONDON)), task.workingDaysLate());
    }
    return csv.toString();
  }

  static String cell(Object value) {
    if (value == null) {
      return "";
    }
    String text = value.toString();
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      text = "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
