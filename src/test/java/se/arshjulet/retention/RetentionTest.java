package se.arshjulet.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.arshjulet.centre.Centre;
import se.arshjulet.centre.Unit;
import se.arshjulet.support.EngineTest;
import se.arshjulet.support.YearDriver;

/**
 * The nightly retention sweep removes what has passed its time and keeps what the next report reads; the page of
 * lagringstider lists it for the county's administrators.
 */
class RetentionTest extends EngineTest {

  @Autowired
  RetentionSweep sweep;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  TestRestTemplate rest;

  private static final Instant TODAY = YearDriver.stockholm("2027-03-01T06:00");

  private void email(String key, Instant plannedAt, Instant sentAt) {
    jdbc.sql("INSERT INTO arshjul_email (id, dedup_key, kind, county, recipient, subject, body_text, body_html, "
            + "planned_at, sent_at) VALUES (?, ?, 'REMINDER', 'gallring-lan', 'a@test.example', 'Ämne', 't', 'h', ?, ?)")
        .params(UUID.randomUUID().toString(), key, Timestamp.from(plannedAt),
            sentAt == null ? null : Timestamp.from(sentAt)).update();
  }

  private void surveyAnswer(int year) {
    jdbc.sql("INSERT INTO arshjul_survey_answer (id, centre_id, survey_year, answered_on, language, answers) "
        + "VALUES (?, 'gallring-fc', ?, ?, 'sv', '{}')").params(UUID.randomUUID().toString(), year,
        LocalDate.of(year, 11, 10)).update();
    jdbc.sql("INSERT INTO arshjul_survey_quote (id, centre_id, survey_year, quote) VALUES (?, 'gallring-fc', ?, ?)")
        .params(UUID.randomUUID().toString(), year, "Citat " + year).update();
  }

  private void feed(String token, Instant revokedAt) {
    jdbc.sql("INSERT INTO arshjul_feed_token (token, username, centre_id, role, created_at, revoked_at) "
        + "VALUES (?, 'gallring.c', 'gallring-fc', 'coordinator', ?, ?)").params(token,
        Timestamp.from(TODAY.minusSeconds(86_400L * 900)), revokedAt == null ? null : Timestamp.from(revokedAt))
        .update();
  }

  private List<String> left(String sql, Object... params) {
    return jdbc.sql(sql).params(params).query(String.class).list();
  }

  private static Instant daysAgo(int days) {
    return TODAY.minusSeconds(86_400L * days);
  }

  @Test
  void theSweepRemovesWhatHasPassedItsTimeAndKeepsWhatTheReportsRead() {
    email("gallring:sent-long-ago", daysAgo(402), daysAgo(401));
    email("gallring:sent-last-month", daysAgo(31), daysAgo(30));
    email("gallring:never-sent", daysAgo(500), null);
    for (int year = 2023; year <= 2027; year++) {
      surveyAnswer(year);
    }
    feed("gallring-revoked-long-ago", daysAgo(31));
    feed("gallring-revoked-yesterday", daysAgo(1));
    feed("gallring-active", null);
    jdbc.sql("INSERT INTO arshjul_digest_week (week, planned_at) VALUES ('2025-W50', ?), ('2027-W08', ?)")
        .params(Timestamp.from(daysAgo(450)), Timestamp.from(daysAgo(7))).update();
    ClockUtil.setCurrentTime(Date.from(TODAY));

    sweep.sweep();

    assertThat(left("SELECT dedup_key FROM arshjul_email WHERE dedup_key LIKE 'gallring:%'"))
        .containsExactlyInAnyOrder("gallring:sent-last-month", "gallring:never-sent");
    // This year's, and the two the reports compare with: the report of 2027 reads the survey of 2026.
    assertThat(left("SELECT CAST(survey_year AS VARCHAR) FROM arshjul_survey_answer WHERE centre_id = 'gallring-fc'"))
        .containsExactlyInAnyOrder("2025", "2026", "2027");
    assertThat(left("SELECT quote FROM arshjul_survey_quote WHERE centre_id = 'gallring-fc'"))
        .containsExactlyInAnyOrder("Citat 2025", "Citat 2026", "Citat 2027");
    assertThat(left("SELECT token FROM arshjul_feed_token WHERE centre_id = 'gallring-fc'"))
        .containsExactlyInAnyOrder("gallring-revoked-yesterday", "gallring-active");
    assertThat(left("SELECT week FROM arshjul_digest_week")).containsExactly("2027-W08");
    assertThat(sweep.sweep()).as("a second sweep finds nothing more")
        .isEqualTo(new RetentionSweep.Removed(0, 0, 0, 0, 0));
  }

  @Test
  void theCountysAdministratorsSeeWhatIsKeptAndHowLong() {
    startYear(centre("lagring-fc", LocalDate.of(2020, 1, 1), Unit.values()), 2026);

    var page = rest.withBasicAuth("lena.lansson", "Test-Vinter-2026!").getForEntity("/lagringstider/jamtland",
        String.class);

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("<title>Lagringstider – Jämtlands län</title>")
        .contains("1825 dagar (5 år) efter att årets hjul avslutats").contains("400 dagar efter att den skickats")
        .contains("innevarande år och 2 år bakåt").contains("Föräldraenkätens svar")
        .contains("365 dagar efter att registret slutade lista henne").contains("pseudonymisering");
    assertThat(rest.withBasicAuth("anna.berg", "Test-Vinter-2026!").getForEntity("/lagringstider/jamtland",
        String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.withBasicAuth("lena.lansson", "Test-Vinter-2026!").getForEntity("/lagringstider/skane",
        String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void aCountyThatChoseItsOwnTimesIsSweptByThemAndTheOthersByTheNationalOnes() {
    // application-test.yaml: gallring-eget keeps sent emails 30 days and two survey years.
    Centre own = centre("gallring-eget", "gallring-eget-fc", LocalDate.of(2020, 1, 1), Unit.values());
    jdbc.sql("INSERT INTO arshjul_email (id, dedup_key, kind, county, recipient, subject, body_text, body_html, "
            + "planned_at, sent_at) VALUES (?, 'valt-eget:sent-31-days-ago', 'REMINDER', 'gallring-eget', "
            + "'a@test.example', 'Ämne', 't', 'h', ?, ?)")
        .params(UUID.randomUUID().toString(), Timestamp.from(daysAgo(32)), Timestamp.from(daysAgo(31))).update();
    email("valt-nationellt:sent-31-days-ago", daysAgo(32), daysAgo(31));
    for (int year = 2025; year <= 2027; year++) {
      for (String centre : List.of(own.id(), "valt-nationellt-fc")) {
        jdbc.sql("INSERT INTO arshjul_survey_answer (id, centre_id, survey_year, answered_on, language, answers) "
            + "VALUES (?, ?, ?, ?, 'sv', '{}')").params(UUID.randomUUID().toString(), centre, year,
            LocalDate.of(year, 11, 10)).update();
      }
    }
    ClockUtil.setCurrentTime(Date.from(TODAY));

    sweep.sweep();

    assertThat(left("SELECT dedup_key FROM arshjul_email WHERE dedup_key LIKE 'valt-%'"))
        .containsExactly("valt-nationellt:sent-31-days-ago");
    assertThat(left("SELECT CAST(survey_year AS VARCHAR) FROM arshjul_survey_answer WHERE centre_id = ?", own.id()))
        .containsExactlyInAnyOrder("2026", "2027");
    assertThat(left("SELECT CAST(survey_year AS VARCHAR) FROM arshjul_survey_answer WHERE centre_id = ?",
        "valt-nationellt-fc")).containsExactlyInAnyOrder("2025", "2026", "2027");
    assertThat(rest.withBasicAuth("admin", "Test-Hjulet-2026!").getForObject("/lagringstider/gallring-eget",
        String.class)).contains("30 dagar efter att den skickats", "innevarande år och 1 år bakåt");
  }
}
