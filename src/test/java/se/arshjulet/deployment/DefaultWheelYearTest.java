package se.arshjulet.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.arshjulet.centre.Centre;
import se.arshjulet.centre.Unit;
import se.arshjulet.support.EngineTest;
import se.arshjulet.support.YearDriver;

/**
 * The whole year of the national default wheel on the live engine with time travel, against dates worked out by hand
 * from DOMAIN.md's rules and a calendar (2026: 53 ISO weeks; 2027). A task opens at 08:00 on the first working day
 * of its month and is due at 16:00 on the last working day of its month, except: the annual report is due 28 February
 * or the working day before; the health-week planning is due on the last working day before Monday of ISO week 39;
 * the parent survey opens on the first working day of ISO week 45 and is due on the last working day of ISO week 46.
 */
class DefaultWheelYearTest extends EngineTest {

  /** The role of each activity: its candidate group is {@code <centre>-<role>}. */
  private static final Map<String, String> ROLE = Map.ofEntries(
      Map.entry("self-reflection-january", "coordinator"), Map.entry("annual-report", "coordinator"),
      Map.entry("joint-plan-approval", "steering-group"), Map.entry("steering-meeting-march", "steering-group"),
      Map.entry("steering-meeting-may", "steering-group"), Map.entry("steering-meeting-september", "steering-group"),
      Map.entry("agreement-review", "coordinator"), Map.entry("health-week-planning", "coordinator"),
      Map.entry("steering-meeting-november", "steering-group"), Map.entry("parent-survey", "coordinator"),
      Map.entry("self-reflection-december", "coordinator"));

  /** key,opens,due in Stockholm local time. */
  private static final Map<Integer, List<String>> EXPECTED = Map.of(
      2026, List.of(
          // 1 Jan (Thu) nyårsdagen; 31 Jan is a Saturday
          "self-reflection-january,2026-01-02T08:00,2026-01-30T16:00",
          // 1 Feb is a Sunday; 28 Feb is a Saturday: the Friday before
          "annual-report,2026-02-02T08:00,2026-02-27T16:00",
          // 1 Mar is a Sunday; 31 Mar is a Tuesday (Easter is in April)
          "joint-plan-approval,2026-03-02T08:00,2026-03-31T16:00",
          "steering-meeting-march,2026-03-02T08:00,2026-03-31T16:00",
          // 1 May (Fri) första maj, then a weekend; 31 May is a Sunday
          "steering-meeting-may,2026-05-04T08:00,2026-05-29T16:00",
          // 1 Sep is a Tuesday, 30 Sep a Wednesday
          "steering-meeting-september,2026-09-01T08:00,2026-09-30T16:00",
          "agreement-review,2026-09-01T08:00,2026-09-30T16:00",
          // ISO week 39 begins Monday 21 Sep: the Friday before
          "health-week-planning,2026-09-01T08:00,2026-09-18T16:00",
          // 1 Nov is a Sunday; 30 Nov a Monday
          "steering-meeting-november,2026-11-02T08:00,2026-11-30T16:00",
          // ISO week 45 begins Monday 2 Nov; week 46 ends Sunday 15 Nov: Friday 13 Nov
          "parent-survey,2026-11-02T08:00,2026-11-13T16:00",
          // 31 Dec (Thu) nyårsafton is a day off
          "self-reflection-december,2026-12-01T08:00,2026-12-30T16:00"),
      2027, List.of(
          // 1 Jan (Fri) nyårsdagen, then a weekend; 31 Jan is a Sunday
          "self-reflection-january,2027-01-04T08:00,2027-01-29T16:00",
          // 1 Feb is a Monday; 28 Feb is a Sunday, 27 Feb a Saturday: Friday 26 Feb
          "annual-report,2027-02-01T08:00,2027-02-26T16:00",
          // 1 Mar is a Monday; 31 Mar a Wednesday (långfredagen 26 Mar and annandag påsk 29 Mar do not matter)
          "joint-plan-approval,2027-03-01T08:00,2027-03-31T16:00",
          "steering-meeting-march,2027-03-01T08:00,2027-03-31T16:00",
          // 1 May is a Saturday; 31 May a Monday
          "steering-meeting-may,2027-05-03T08:00,2027-05-31T16:00",
          // 1 Sep is a Wednesday, 30 Sep a Thursday
          "steering-meeting-september,2027-09-01T08:00,2027-09-30T16:00",
          "agreement-review,2027-09-01T08:00,2027-09-30T16:00",
          // ISO week 39 begins Monday 27 Sep: Friday 24 Sep
          "health-week-planning,2027-09-01T08:00,2027-09-24T16:00",
          // 1 Nov is a Monday, 30 Nov a Tuesday
          "steering-meeting-november,2027-11-01T08:00,2027-11-30T16:00",
          // ISO week 45 begins Monday 8 Nov; week 46 ends Sunday 21 Nov: Friday 19 Nov
          "parent-survey,2027-11-08T08:00,2027-11-19T16:00",
          // 31 Dec (Fri) nyårsafton is a day off
          "self-reflection-december,2027-12-01T08:00,2027-12-30T16:00"));

  @ParameterizedTest(name = "the year {0}")
  @ValueSource(ints = {2026, 2027})
  void everyTaskOpensAndIsDueOnTheRulesDates(int year) {
    assertThat(LocalDate.of(2026, 12, 31).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)).as("2026 has 53 ISO weeks")
        .isEqualTo(53);
    Centre centre = centre("vastmanland", "vastmanland-year-" + year, LocalDate.of(2020, 1, 1), Unit.values());
    YearDriver driver = startYear(centre, year);

    List<YearDriver.Opened> opened = driver.runYearCompletingOnDueDay();

    List<String> actual = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (YearDriver.Opened task : opened) {
      actual.add(task.key() + "," + task.opens() + "," + task.due());
      assertThat(task.groups()).as(task.key()).containsExactly(centre.id() + "-" + ROLE.get(task.key()));
      names.add(engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(task.taskId()).singleResult()
          .getName());
    }
    assertThat(actual).containsExactlyInAnyOrderElementsOf(EXPECTED.get(year));
    assertThat(names).as("the names shown in Tasklist").hasSize(EXPECTED.get(year).size()).doesNotHaveDuplicates()
        .allSatisfy(name -> assertThat(name).isNotBlank());
    assertThat(driver.instance()).isEnded();

    YearDriver.Opened healthWeek = only(opened, "health-week-planning");
    assertThat(isoWeek(healthWeek.due(), year)).as("health week planned before ISO week 39").isLessThan(39);
    assertThat(isoWeek(healthWeek.opens(), year)).isLessThan(39);

    YearDriver.Opened survey = only(opened, "parent-survey");
    assertThat(isoWeek(survey.opens(), year)).as("parent survey opens in ISO week 45").isEqualTo(45);
    assertThat(isoWeek(survey.due(), year)).as("parent survey due in ISO week 46").isEqualTo(46);
  }

  private static YearDriver.Opened only(List<YearDriver.Opened> opened, String key) {
    List<YearDriver.Opened> tasks = opened.stream().filter(task -> task.key().equals(key)).toList();
    assertThat(tasks).as(key).hasSize(1);
    return tasks.get(0);
  }

  /** The ISO week of the day, which must lie in the ISO week-based year. */
  private static int isoWeek(LocalDateTime at, int year) {
    assertThat(at.get(IsoFields.WEEK_BASED_YEAR)).isEqualTo(year);
    return at.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
  }
}
