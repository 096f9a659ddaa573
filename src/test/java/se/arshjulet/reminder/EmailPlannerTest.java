package se.arshjulet.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import se.arshjulet.calendar.WorkingDayCalendar;

/** The email rules on their own: which email is due when, from open tasks and the working-day calendar alone. */
class EmailPlannerTest {

  private static final OpenTask REPORT = new OpenTask("t1", "wheel:1", "Task_AnnualReport", "annual-report",
      "Verksamhetsberättelse", "lugnvik", LocalDate.of(2027, 2, 26)); // a Friday

  private final EmailPlanner planner = new EmailPlanner(new WorkingDayCalendar(),
      new WheelReminderRules(id -> wheel("5,0", "5")));

  @Test
  void remindsFiveWorkingDaysBeforeTheDueDayAndOnIt() {
    assertThat(keys("2027-02-18T08:00")).isEmpty();
    assertThat(keys("2027-02-19T08:00")).containsExactly("reminder:t1:5");
    assertThat(keys("2027-02-25T08:00")).containsExactly("reminder:t1:5"); // the same email: sent once
    assertThat(keys("2027-02-26T08:00")).containsExactly("reminder:t1:0");
    assertThat(keys("2027-02-19T07:59")).isEmpty();
  }

  @Test
  void overdueOnTheFirstWorkingDayAfterThenEveryFiveWorkingDays() {
    assertThat(keys("2027-03-01T08:00")).containsExactly("overdue:t1:0");
    assertThat(keys("2027-03-05T08:00")).containsExactly("overdue:t1:0");
    assertThat(keys("2027-03-08T08:00")).containsExactly("overdue:t1:1");
  }

  @Test
  void nothingOnADayThatIsNotAWorkingDay() {
    assertThat(keys("2027-02-27T08:00")).isEmpty(); // Saturday
    assertThat(planner.mayPlan(LocalDateTime.parse("2027-02-27T08:00"))).isFalse();
    assertThat(planner.plan(List.of(REPORT), LocalDateTime.parse("2027-03-29T08:00"), true)).isEmpty(); // Easter Monday
  }

  @Test
  void theWeeksDigestsAreDueFromSevenOnItsFirstWorkingDayUntilThatDayEnds() {
    assertThat(planner.digestWeek(LocalDateTime.parse("2027-02-22T06:59"))).isNull();
    assertThat(planner.digestWeek(LocalDateTime.parse("2027-02-22T07:00"))).isEqualTo("2027-W8");
    assertThat(planner.digestWeek(LocalDateTime.parse("2027-02-22T16:30"))).isEqualTo("2027-W8");
    assertThat(planner.digestWeek(LocalDateTime.parse("2027-02-23T07:00"))).isNull();
    // Easter Monday is a holiday: the week's first working day is Tuesday.
    assertThat(planner.digestWeek(LocalDateTime.parse("2027-03-29T07:00"))).isNull();
    assertThat(planner.digestWeek(LocalDateTime.parse("2027-03-30T07:00"))).isEqualTo("2027-W13");
    // ISO week 53 of 2026 begins on Monday 28 December.
    assertThat(planner.digestWeek(LocalDateTime.parse("2026-12-28T07:00"))).isEqualTo("2026-W53");
  }

  @Test
  void aDigestListsTasksDueWithinTenWorkingDaysAndOnlyWhenAskedFor() {
    LocalDateTime monday = LocalDateTime.parse("2027-02-15T07:00");
    assertThat(planner.plan(List.of(REPORT), monday, true)).singleElement().satisfies(digest -> {
      assertThat(digest.kind()).isEqualTo(EmailKind.DIGEST);
      assertThat(digest.key()).isEqualTo("digest:2027-W7");
      assertThat(digest.digest()).containsExactly(REPORT);
    });
    assertThat(planner.plan(List.of(REPORT), monday, false)).isEmpty();
    assertThat(planner.plan(List.of(REPORT), LocalDateTime.parse("2027-02-01T07:00"), true)).isEmpty();
  }

  @Test
  void aTasksOwnRulesApply() {
    EmailPlanner onlyOnTheDay = new EmailPlanner(new WorkingDayCalendar(),
        new WheelReminderRules(id -> wheel("0", "2")));
    assertThat(onlyOnTheDay.plan(List.of(REPORT), LocalDateTime.parse("2027-02-19T08:00"), false)).isEmpty();
    assertThat(onlyOnTheDay.plan(List.of(REPORT), LocalDateTime.parse("2027-03-03T08:00"), false))
        .extracting(PlannedEmail::key).containsExactly("overdue:t1:1");
  }

  @Test
  void aReminderPropertyThatIsNotANumberNamesItsElement() {
    assertThatThrownBy(() -> WheelReminderRules.read(wheel("fem", "5")))
        .hasMessageStartingWith("Task_AnnualReport: ").hasMessageContaining("whole numbers");
    assertThatThrownBy(() -> new ReminderRules(List.of(5), 0)).hasMessageContaining("1 or more");
  }

  private List<String> keys(String now) {
    return planner.plan(List.of(REPORT), LocalDateTime.parse(now), false).stream().map(PlannedEmail::key).toList();
  }

  /** A wheel whose annual report has rules of its own. */
  private static BpmnModelInstance wheel(String reminders, String overdueEvery) {
    String xml = """
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                     xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="test">
          <process id="arshjul" isExecutable="true">
            <userTask id="Task_AnnualReport">
              <extensionElements>
                <camunda:properties>
                  <camunda:property name="%s" value="%s" />
                  <camunda:property name="%s" value="%s" />
                </camunda:properties>
              </extensionElements>
            </userTask>
          </process>
        </definitions>""".formatted(ReminderRules.REMINDERS_PROPERTY, reminders, ReminderRules.OVERDUE_PROPERTY,
        overdueEvery);
    return Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }
}
