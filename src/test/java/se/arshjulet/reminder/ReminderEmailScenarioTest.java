package se.arshjulet.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import se.arshjulet.centre.Centre;
import se.arshjulet.centre.Unit;
import se.arshjulet.support.EngineTest;
import se.arshjulet.support.MailCounty;
import se.arshjulet.support.TestSmtp;
import se.arshjulet.support.YearDriver;

/** Reminders to the task's holders: five working days before the due day and on it, 08:00, unless done. */
class ReminderEmailScenarioTest extends EngineTest {

  @Test
  void theCoordinatorIsRemindedOfTheAnnualReportTwiceAndOnlyTwice() throws Exception {
    MailCounty county = new MailCounty(engine, "reminder-report");
    Centre centre = centre(county.id(), "rem-report", LocalDate.of(2020, 1, 1), Unit.values());
    YearDriver year = startYear(centre, 2026);
    year.complete("self-reflection-january", "2026-01-20T10:00").complete("wheel-review", "2026-01-20T10:00");
    year.runUntil("2026-02-02T08:00");
    String coordinator = "rem-report.c@test.example";

    county.sweepAt("2026-02-19T08:00");
    county.sweepAt("2026-02-20T07:00");
    assertThat(subjects(coordinator)).isEmpty();

    county.sweepAt("2026-02-20T08:00");
    county.sweepAt("2026-02-20T08:00");
    county.sweepAt("2026-02-23T08:00");
    assertThat(subjects(coordinator)).containsExactly(
        "Påminnelse: Lämna in verksamhetsberättelsen (senast 28/2) – Familjecentralen rem-report, senast fredag 27 februari 2026");
    MimeMessage first = TestSmtp.to(coordinator).get(0);
    String taskId = year.openTasks("annual-report").get(0).getId();
    assertThat(text(first)).contains("fredag 27 februari 2026").contains("/camunda/app/tasklist/default/#/?task=" + taskId)
        .contains("/arshjul/rem-report/2026");
    assertThat(html(first)).contains("<strong>Lämna in verksamhetsberättelsen (senast 28/2)</strong>");

    county.sweepAt("2026-02-27T08:00");
    assertThat(subjects(coordinator)).hasSize(2);

    year.complete("annual-report", "2026-02-27T12:00");
    county.sweepAt("2026-03-02T08:00");
    county.sweepAt("2026-03-03T08:00");
    assertThat(subjects(coordinator)).hasSize(2);
  }

  @Test
  void aTaskDoneBeforeItsReminderDayGetsNoReminder() {
    MailCounty county = new MailCounty(engine, "reminder-done");
    Centre centre = centre(county.id(), "rem-done", LocalDate.of(2020, 1, 1), Unit.values());
    YearDriver year = startYear(centre, 2026);
    year.complete("self-reflection-january", "2026-01-05T10:00");

    county.sweepAt("2026-01-23T08:00");
    county.sweepAt("2026-01-30T08:00");

    assertThat(subjects("rem-done.c@test.example")).isEmpty();
    // The steering group's January task was not done: its members were reminded on both days.
    assertThat(subjects("rem-done.mhv@test.example")).hasSize(2)
        .allSatisfy(subject -> assertThat(subject).startsWith("Påminnelse: Gå igenom årshjulet"));
  }

  @Test
  void eachUnitManagerIsRemindedOfHerOwnApprovalOnly() {
    MailCounty county = new MailCounty(engine, "reminder-units");
    Centre centre = centre(county.id(), "rem-units", LocalDate.of(2026, 3, 1), Unit.values());
    YearDriver year = startYear(centre, 2026);
    year.complete("summer-leave-plan", "2026-03-10T10:00");

    county.sweepAt("2026-03-24T08:00");

    for (String unit : new String[] {"mhv", "bhv", "of", "soc"}) {
      assertThat(subjects("rem-units." + unit + "@test.example"))
          .filteredOn(subject -> subject.contains("Godkänn sommarsemestrarna")).hasSize(1);
    }
    assertThat(subjects("rem-units.c@test.example")).noneMatch(s -> s.contains("Godkänn sommarsemestrarna"));
  }

  @Test
  void aTaskGivenToSomeoneOutsideTheCentresGroupsRemindsHerAndTheCoordinators() {
    MailCounty county = new MailCounty(engine, "reminder-assignee");
    Centre centre = centre(county.id(), "rem-assignee", LocalDate.of(2020, 1, 1), Unit.values());
    YearDriver year = startYear(centre, 2026);
    year.complete("self-reflection-january", "2026-01-20T10:00").complete("wheel-review", "2026-01-20T10:00");
    year.runUntil("2026-02-02T08:00");
    User deputy = engine.getIdentityService().newUser("rem-assignee-deputy");
    deputy.setEmail("rem-assignee.deputy@test.example");
    engine.getIdentityService().saveUser(deputy);
    engine.getTaskService().setAssignee(year.openTasks("annual-report").get(0).getId(), deputy.getId());

    county.sweepAt("2026-02-20T08:00");

    assertThat(subjects("rem-assignee.deputy@test.example")).singleElement().asString()
        .startsWith("Påminnelse: Lämna in verksamhetsberättelsen");
    assertThat(subjects("rem-assignee.c@test.example")).singleElement().asString()
        .startsWith("Påminnelse: Lämna in verksamhetsberättelsen");
  }

  static List<String> subjects(String address) {
    return TestSmtp.to(address).stream().map(message -> {
      try {
        return message.getSubject();
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  static String text(MimeMessage message) throws Exception {
    return part(message, "text/plain");
  }

  static String html(MimeMessage message) throws Exception {
    return part(message, "text/html");
  }

  private static String part(MimeMessage message, String type) throws Exception {
    return find((MimeMultipart) message.getContent(), type);
  }

  private static String find(MimeMultipart multipart, String type) throws Exception {
    for (int i = 0; i < multipart.getCount(); i++) {
      var part = multipart.getBodyPart(i);
      if (part.getContent() instanceof MimeMultipart nested) {
        String found = find(nested, type);
        if (found != null) {
          return found;
        }
      } else if (part.isMimeType(type)) {
        return (String) part.getContent();
      }
    }
    return null;
  }
}
