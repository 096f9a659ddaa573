package se.arshjulet.reminder;

import java.time.LocalDate;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.arshjulet.centre.Centre;
import se.arshjulet.centre.Unit;
import se.arshjulet.settings.MailSettings;
import se.arshjulet.support.EngineTest;
import se.arshjulet.support.MailCounty;
import se.arshjulet.support.TestSmtp;
import se.arshjulet.support.YearDriver;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.arshjulet.reminder.ReminderEmailScenarioTest.subjects;

/** Bad days: SMTP down, a centre nobody can be told about, no SMTP configured. Nothing is lost or sent twice. */
class EmailFailureTest extends EngineTest {

  @AfterEach
  void smtpBack() {
    TestSmtp.up();
  }

  @Test
  void anSmtpOutageBecomesAnIncidentAndEveryEmailGoesOutOnceWhenItIsBack() {
    MailCounty county = new MailCounty(engine, "smtp-outage");
    Centre centre = centre(county.id(), "outage", LocalDate.of(2026, 2, 1), Unit.values());
    startYear(centre, 2026).runUntil("2026-02-02T08:00");

    TestSmtp.down();
    assertThatThrownBy(() -> county.sweepAt("2026-02-20T08:00")).hasMessageContaining("Mail server connection failed");
    Job sending = county.sendingJobs().get(0);
    assertThat(sending.getRetries()).isEqualTo(4);
    for (int retry = 0; retry < 4; retry++) {
      assertThatThrownBy(() -> engine.getManagementService().executeJob(sending.getId()));
    }
    Incident incident = engine.getRuntimeService().createIncidentQuery().configuration(sending.getId())
        .singleResult();
    assertThat(incident).isNotNull();
    assertThat(incident.getIncidentMessage()).contains("Mail server connection failed");
    assertThat(subjects("outage.c@test.example")).isEmpty();

    TestSmtp.up();
    engine.getManagementService().setJobRetries(sending.getId(), 1); // "Retry" in Cockpit
    engine.getManagementService().executeJob(sending.getId());
    county.sweepAt("2026-02-20T08:00"); // the next sweep of the day, and a restart, send nothing again
    county.sweepAt("2026-02-20T08:00");

    assertThat(subjects("outage.c@test.example")).containsExactly(
        "Påminnelse: Lämna in verksamhetsberättelsen (senast 28/2) – Familjecentralen outage, senast fredag 27 februari 2026");
    assertThat(engine.getRuntimeService().createIncidentQuery().configuration(sending.getId()).count())
        .isZero();
  }

  @Test
  void aCentreWithoutManagersGivesAnIncidentThatNamesIt() {
    MailCounty county = new MailCounty(engine, "no-managers");
    Centre centre = centre(county.id(), "lonely", LocalDate.of(2020, 1, 1));
    YearDriver year = startYear(centre, 2026);
    year.complete("wheel-review", "2026-01-20T10:00").runUntil("2026-02-20T07:00");

    // 20 February: the January self-reflection is overdue (nobody to tell), the annual report is due in five days.
    assertThatThrownBy(() -> county.sweepAt("2026-02-20T08:00"))
        .hasMessageContaining("overdue about 'Gör självreflektionen (januari)' of lonely: nobody to send it to");
    // The coordinator's reminder of the same sweep went out all the same.
    assertThat(subjects("lonely.c@test.example")).singleElement()
        .satisfies(subject -> assertThat(subject).startsWith("Påminnelse: Lämna in verksamhetsberättelsen"));

    // The check after sending fails until its retries run out: an incident on it names the centre.
    Job check = county.sendingJobs().get(0);
    assertThat(engine.getManagementService().createJobDefinitionQuery().jobDefinitionId(check.getJobDefinitionId())
        .singleResult().getActivityId()).isEqualTo("Task_CheckMissingRecipients");
    for (int retry = 0; retry < 4; retry++) {
      assertThatThrownBy(() -> engine.getManagementService().executeJob(check.getId()));
    }
    assertThat(engine.getRuntimeService().createIncidentQuery().configuration(check.getId()).singleResult()
        .getIncidentMessage()).contains("of lonely: nobody to send it to");

    // The registry gets the centre's steering group; "Retry" in Cockpit sends the overdue email, once.
    centre(county.id(), "lonely", LocalDate.of(2020, 1, 1), Unit.BHV);
    engine.getManagementService().setJobRetries(check.getId(), 1);
    engine.getManagementService().executeJob(check.getId());
    county.sweepAt("2026-02-20T08:00");
    assertThat(subjects("lonely.bhv@test.example")).containsExactly(
        "Försenad: Gör självreflektionen (januari) – Familjecentralen lonely (skulle ha varit klar senast "
            + "fredag 30 januari 2026)");
    assertThat(engine.getRuntimeService().createIncidentQuery().configuration(check.getId()).count()).isZero();
  }

  @Test
  void withoutAnSmtpServerTheProductRefusesToStart() {
    assertThatThrownBy(() -> new MailSettings("arshjulet@example.se", " ", null))
        .hasMessageContaining("ARSHJULET_SMTP_HOST");
    assertThatThrownBy(() -> new MailSettings("", "smtp.example.se", null))
        .hasMessageContaining("ARSHJULET_MAIL_FROM");
  }
}
