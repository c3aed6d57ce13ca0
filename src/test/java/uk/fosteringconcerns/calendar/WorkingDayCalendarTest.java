package uk.fosteringconcerns.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** PROCESS-API section 4, checked against the gov.uk England and Wales bank holidays for 2025-2027. */
class WorkingDayCalendarTest {

  private final WorkingDayCalendar calendar = new WorkingDayCalendar(List.of(), 2015, 2030);

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  @Test
  @DisplayName("gov.uk England and Wales bank holidays 2025")
  void bankHolidays2025() {
    assertThat(calendar.bankHolidays(2025)).containsExactlyInAnyOrder(
        d(2025, 1, 1), d(2025, 4, 18), d(2025, 4, 21), d(2025, 5, 5), d(2025, 5, 26), d(2025, 8, 25),
        d(2025, 12, 25), d(2025, 12, 26));
  }

  @Test
  @DisplayName("gov.uk England and Wales bank holidays 2026: Boxing Day on a Saturday moves to Monday 28")
  void bankHolidays2026() {
    assertThat(calendar.bankHolidays(2026)).containsExactlyInAnyOrder(
        d(2026, 1, 1), d(2026, 4, 3), d(2026, 4, 6), d(2026, 5, 4), d(2026, 5, 25), d(2026, 8, 31),
        d(2026, 12, 25), d(2026, 12, 28));
  }

  @Test
  @DisplayName("gov.uk England and Wales bank holidays 2027: Christmas and Boxing Day at a weekend move to 27 and 28")
  void bankHolidays2027() {
    assertThat(calendar.bankHolidays(2027)).containsExactlyInAnyOrder(
        d(2027, 1, 1), d(2027, 3, 26), d(2027, 3, 29), d(2027, 5, 3), d(2027, 5, 31), d(2027, 8, 30),
        d(2027, 12, 27), d(2027, 12, 28));
  }

  @Test
  @DisplayName("weekends are not working days; Scotland's St Andrew's Day is")
  void weekends() {
    assertThat(calendar.isWorkingDay(d(2026, 11, 21))).isFalse(); // Saturday
    assertThat(calendar.isWorkingDay(d(2026, 11, 22))).isFalse(); // Sunday
    assertThat(calendar.isWorkingDay(d(2026, 11, 30))).isTrue(); // St Andrew's Day, Scotland only
    assertThat(calendar.isWorkingDay(d(2026, 8, 3))).isTrue(); // Scotland's summer holiday
  }

  @Test
  @DisplayName("within N working days of X: X's own day does not count (Friday + 1 = Monday)")
  void addWorkingDays() {
    assertThat(calendar.addWorkingDays(d(2026, 11, 20), 1)).isEqualTo(d(2026, 11, 23));
    assertThat(calendar.addWorkingDays(d(2026, 11, 21), 1)).isEqualTo(d(2026, 11, 23)); // received on a Saturday
    assertThat(calendar.addWorkingDays(d(2026, 11, 23), 5)).isEqualTo(d(2026, 11, 30));
    assertThat(calendar.addWorkingDays(d(2026, 11, 23), 0)).isEqualTo(d(2026, 11, 23));
  }

  @Test
  @DisplayName("August bank holiday: 5 working days from Thursday 27 August 2026 ends Friday 4 September")
  void august() {
    assertThat(calendar.addWorkingDays(d(2026, 8, 27), 5)).isEqualTo(d(2026, 9, 4));
  }

  @Test
  @DisplayName("Christmas 2026: 1 working day after Thursday 24 December is Tuesday 29 December")
  void christmas() {
    assertThat(calendar.addWorkingDays(d(2026, 12, 24), 1)).isEqualTo(d(2026, 12, 29));
    assertThat(calendar.addWorkingDays(d(2027, 12, 24), 1)).isEqualTo(d(2027, 12, 29));
  }

  @Test
  @DisplayName("Easter 2025: 5 working days from Thursday 17 April ends Monday 28 April")
  void easter() {
    assertThat(calendar.addWorkingDays(d(2025, 4, 17), 5)).isEqualTo(d(2025, 4, 28));
  }

  @Test
  @DisplayName("the authority's closure days are not working days")
  void closureDays() {
    WorkingDayCalendar withClosure = new WorkingDayCalendar(Set.of(d(2026, 12, 29), d(2026, 12, 30)), 2015, 2030);
    assertThat(withClosure.isWorkingDay(d(2026, 12, 29))).isFalse();
    assertThat(withClosure.addWorkingDays(d(2026, 12, 24), 1)).isEqualTo(d(2026, 12, 31));
  }

  @Test
  @DisplayName("N clear working days before X: neither the sending day nor X counts")
  void clearWorkingDaysBefore() {
    // meeting Monday 7 December 2026: 5 clear days are 30 Nov - 4 Dec, so the report goes by Friday 27 November
    assertThat(calendar.clearWorkingDaysBefore(d(2026, 12, 7), 5)).isEqualTo(d(2026, 11, 27));
    // meeting Wednesday 8 April 2026 across Easter: clear days 30, 31 Mar, 1, 2, 7 Apr -> by Friday 27 March
    assertThat(calendar.clearWorkingDaysBefore(d(2026, 4, 8), 5)).isEqualTo(d(2026, 3, 27));
  }

  @Test
  @DisplayName("counting working days between two dates")
  void between() {
    assertThat(calendar.workingDaysBetween(d(2026, 12, 24), d(2026, 12, 31))).isEqualTo(3);
    assertThat(calendar.previousWorkingDay(d(2026, 12, 29))).isEqualTo(d(2026, 12, 24));
  }

  @ParameterizedTest
  @ValueSource(ints = {2014, 2031, 2100})
  @DisplayName("a date beyond the checked holiday data fails loudly")
  void horizon(int year) {
    assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(year, 6, 2)))
        .isInstanceOf(CalendarHorizonException.class).hasMessageContaining(String.valueOf(year));
  }
}
