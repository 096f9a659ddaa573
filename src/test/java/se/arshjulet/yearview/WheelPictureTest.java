package se.arshjulet.yearview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import se.arshjulet.centre.Unit;
import se.arshjulet.support.EngineTest;
import se.arshjulet.support.YearDriver;

/** The årshjul of a scripted year: each activity on its dates in its state, drawn from the engine's own data. */
class WheelPictureTest extends EngineTest {

  @Autowired
  TestRestTemplate rest;

  @Test
  void theWheelShowsDoneLateOverdueSkippedOpenAndComingActivitiesOnTheirDates() {
    YearDriver year = startYear(centre("picture-centre", LocalDate.of(2026, 2, 1), Unit.values()), 2026);
    year.complete("annual-report", "2026-03-03T10:00")
        .complete("joint-plan-approval", "2026-03-10T10:00")
        .runUntil("2026-03-20T10:00");
    ClockUtil.setCurrentTime(Date.from(YearDriver.stockholm("2026-03-20T10:00")));

    ResponseEntity<String> response = rest.withBasicAuth("admin", "Test-Hjulet-2026!")
        .getForEntity("/arshjul/picture-centre/2026/bild.svg", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    String svg = response.getBody();
    assertThat(svg).startsWith("<svg").contains("Årshjul 2026").contains(">januari<").contains(">december<")
        .contains("class=\"today\"");
    assertThat(svg).contains(activity("self-reflection-january", "skipped", "2026-01-02", "2026-01-30"))
        .contains(activity("wheel-review", "skipped", "2026-01-02", "2026-01-30"))
        .contains(activity("annual-report", "done-late", "2026-02-02", "2026-02-27"))
        .contains(activity("joint-plan-approval", "done", "2026-03-02", "2026-03-31"))
        .contains(activity("summer-leave-plan", "overdue", "2026-03-02", "2026-03-13"))
        .contains(activity("annual-report-compile", "open", "2026-03-03", "2026-03-31"))
        .contains(activity("visit-april", "coming", "2026-04-01", "2026-04-30"))
        .contains(activity("self-reflection-december", "coming", "2026-12-01", "2026-12-30"));
    assertThat(svg.split("class=\"activity ").length - 1).isEqualTo(20);
  }

  @Test
  void thePageIsForTheCentresOwnStaffOnly() {
    startYear(centre("picture-private", LocalDate.of(2020, 1, 1), Unit.values()), 2026);

    assertThat(rest.getForEntity("/arshjul/picture-private/2026", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth("anna.berg", "Test-Vinter-2026!")
        .getForEntity("/arshjul/picture-private/2026", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> own = rest.withBasicAuth("picture-private.c", "Test-Vinter-2026!")
        .getForEntity("/arshjul/picture-private/2026", String.class);
    assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(own.getBody()).contains("<h1>Årshjul 2026 – Familjecentralen picture-private</h1>").contains("<svg")
        .contains("Östersund, Jämtlands län · FC");
  }

  private static String activity(String key, String state, String opens, String due) {
    return "data-key=\"" + key + "\" data-state=\"" + state + "\" data-opens=\"" + opens + "\" data-due=\"" + due
        + "\"";
  }
}
