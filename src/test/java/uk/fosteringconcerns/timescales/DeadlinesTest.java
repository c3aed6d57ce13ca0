package uk.fosteringconcerns.timescales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.fosteringconcerns.calendar.WorkingDayCalendar;
import uk.fosteringconcerns.testing.DeployedModelsTest;
import uk.fosteringconcerns.testing.ProcessEngineFixture;

/** The `deadlines` bean against the real procedure-timescales table (PROCESS-API sections 3 and 4). */
class DeadlinesTest extends DeployedModelsTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineFixture.extension();

  Deadlines deadlines;

  @BeforeEach
  void setUp() {
    deadlines = new Deadlines(new WorkingDayCalendar(java.util.List.of(), 2015, 2030),
        new ProcedureTimescales(() -> engine, "dorset"));
  }

  private static LocalDate london(Date date) {
    return Deadlines.toLocalDate(date);
  }

  @Test
  @DisplayName("seed 000 3.2: visit within 5 working days skips Easter Friday and Monday 2026")
  void visitAcrossEaster() {
    // Thursday 2 April 2026; Good Friday 3 April and Easter Monday 6 April are bank holidays
    Date due = deadlines.after("SOC_VISIT", "2026-04-02T10:00:00+01:00");
    assertThat(london(due)).isEqualTo(LocalDate.of(2026, 4, 13));
    assertThat(due.toInstant()).isEqualTo(ZonedDateTime.of(2026, 4, 13, 23, 59, 59, 0, Deadlines.LONDON).toInstant());
  }

  @Test
  @DisplayName("seed 004 flowchart: PAIM within 28 calendar days of the IEM")
  void calendarDays() {
    assertThat(london(deadlines.after("POST_ALLEGATION_MEETING", LocalDate.of(2026, 1, 5))))
        .isEqualTo(LocalDate.of(2026, 2, 2));
  }

  @Test
  @DisplayName("seed 001 4.3: report to the chair at least 5 clear working days before the meeting")
  void clearWorkingDaysBefore() {
    // meeting Friday 20 November 2026: clear days 13,16,17,18,19 -> send by Thursday 12 November
    assertThat(london(deadlines.before("REPORT_TO_CHAIR", LocalDate.of(2026, 11, 20))))
        .isEqualTo(LocalDate.of(2026, 11, 12));
    // 10 calendar days for the carer
    assertThat(london(deadlines.before("REPORT_TO_CARER", LocalDate.of(2026, 11, 20))))
        .isEqualTo(LocalDate.of(2026, 11, 10));
  }

  @Test
  @DisplayName("seed 001 4.3: 10 calendar days before a Wednesday meeting falls on a Sunday: the carer must have the report by the Friday")
  void calendarDaysBeforeWeekend() {
    // meeting Wednesday 1 April 2026: 10 days before is Sunday 22 March -> Friday 20 March
    assertThat(london(deadlines.before("REPORT_TO_CARER", LocalDate.of(2026, 4, 1))))
        .isEqualTo(LocalDate.of(2026, 3, 20));
    // meeting Tuesday 31 March 2026: Saturday 21 March -> Friday 20 March
    assertThat(london(deadlines.before("REPORT_TO_CARER", LocalDate.of(2026, 3, 31))))
        .isEqualTo(LocalDate.of(2026, 3, 20));
  }

  @Test
  @DisplayName("seed 001 4.3: 10 calendar days before falls on a bank holiday: the working day before (Easter Monday 2026 -> Thursday 2 April)")
  void calendarDaysBeforeBankHoliday() {
    // meeting Thursday 16 April 2026: 10 days before is Easter Monday 6 April; Good Friday 3 April too -> Thursday 2 April
    assertThat(london(deadlines.before("REPORT_TO_CARER", LocalDate.of(2026, 4, 16))))
        .isEqualTo(LocalDate.of(2026, 4, 2));
    // a working day stays as it is: meeting Monday 20 April -> Friday 10 April
    assertThat(london(deadlines.before("REPORT_TO_CARER", LocalDate.of(2026, 4, 20))))
        .isEqualTo(LocalDate.of(2026, 4, 10));
  }

  @Test
  @DisplayName("seed 001 4.3: a closure day of the authority counts like a bank holiday for a calendar-day deadline")
  void calendarDaysBeforeClosureDay() {
    Deadlines closed = new Deadlines(new WorkingDayCalendar(java.util.List.of(LocalDate.of(2026, 11, 10)), 2015, 2030),
        new ProcedureTimescales(() -> engine, "dorset"));
    assertThat(london(closed.before("REPORT_TO_CARER", LocalDate.of(2026, 11, 20))))
        .isEqualTo(LocalDate.of(2026, 11, 9));
  }

  @Test
  @DisplayName("dudley minutes are due 3 weeks after the meeting, dorset 5 working days")
  void profiles() {
    Deadlines dudley = new Deadlines(new WorkingDayCalendar(java.util.List.of(), 2015, 2030),
        new ProcedureTimescales(() -> engine, "dudley"));
    assertThat(london(dudley.after("SOC_MINUTES", LocalDate.of(2026, 11, 2)))).isEqualTo(LocalDate.of(2026, 11, 23));
    assertThat(london(deadlines.after("SOC_MINUTES", LocalDate.of(2026, 11, 2)))).isEqualTo(LocalDate.of(2026, 11, 9));
  }

  @Test
  @DisplayName("a reminder goes out at 09:00 on the working day before the due date")
  void reminder() {
    // LADO decision 1 working day after Friday 24 December 2027 is Wednesday 29 December (27, 28 are substitute days)
    assertThat(london(deadlines.after("LADO_DECISION", LocalDate.of(2027, 12, 24)))).isEqualTo(LocalDate.of(2027, 12, 29));
    Date reminder = deadlines.reminder("LADO_DECISION", LocalDate.of(2027, 12, 24));
    assertThat(reminder.toInstant()).isEqualTo(ZonedDateTime.of(2027, 12, 24, 9, 0, 0, 0, Deadlines.LONDON).toInstant());
  }

  @Test
  @DisplayName("an unknown step fails loudly instead of inventing a deadline")
  void unknownStep() {
    assertThatThrownBy(() -> deadlines.after("NO_SUCH_STEP", LocalDate.of(2026, 1, 5)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NO_SUCH_STEP");
  }
}
