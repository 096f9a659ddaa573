package se.arshjulet.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.arshjulet.centre.Unit;
import se.arshjulet.support.BrowserScript;
import se.arshjulet.support.EngineTest;

/**
 * Parents answer on a phone-sized Chromium, in Swedish and in English, and axe finds no WCAG 2.1 AA violation
 * (src/test/e2e/parent-survey.mjs). The engine's clock stands in the survey's week while the browser answers; the
 * survey's own clock moves half a minute at every read, so that the browser, which answers within a second, is not
 * refused as too quick (arshjulet.survey.answer-min-age) and nobody sleeps.
 */
class ParentSurveyBrowserTest extends EngineTest {

  @LocalServerPort
  int port;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  SurveyClock clock;

  @Test
  void parentsAnswerOnAPhoneInSwedishAndInEnglish() throws Exception {
    startYear(centre("enkat-mobil", LocalDate.of(2020, 1, 1), Unit.values()), 2026).runUntil("2026-11-04T10:00");

    clock.stepEveryRead(Duration.ofSeconds(30));
    try {
      BrowserScript.run("parent-survey.mjs", "http://localhost:" + port, "enkat-mobil", BrowserScript.SCREENSHOTS);
    } finally {
      clock.stepEveryRead(Duration.ZERO);
    }

    assertThat(jdbc.sql("SELECT language FROM arshjul_survey_answer WHERE centre_id = 'enkat-mobil' ORDER BY "
        + "language").query(String.class).list()).containsExactly("en", "sv");
    assertThat(jdbc.sql("SELECT quote FROM arshjul_survey_quote WHERE centre_id = 'enkat-mobil' ORDER BY quote")
        .query(String.class).list()).containsExactly("The staff are very kind.", "Öppna förskolan är bäst på fredagar.");
  }
}
