package se.arshjulet.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.arshjulet.settings.Settings;
import se.arshjulet.support.EngineTest;

/**
 * The nodes of a cluster (and a node after a restart) share one database and nothing else: a page one of them showed
 * answers on another, and only once, without a key in the settings. Each node here is a {@link SurveyTokens} of its
 * own over the test database, as a second process would have.
 */
class AnswerTokensAcrossNodesTest extends EngineTest {

  @Autowired
  Settings settings;
  @Autowired
  JdbcClient jdbc;

  @Test
  void aPageShownByOneNodeAnswersOnAnotherOnce() {
    assertThat(settings.survey().tokenKey()).as("the test profile sets no key").isNull();
    SurveyClock clock = new SurveyClock();
    SurveyTokens first = new SurveyTokens(settings, clock, jdbc);
    SurveyTokens second = new SurveyTokens(settings, clock, jdbc);

    String page = first.issue("noder-fc");
    assertThat(second.check(page, "noder-fc")).as("just shown").isEqualTo(SurveyTokens.Verdict.TOO_YOUNG);
    clock.advance(Duration.ofSeconds(30));
    assertThat(second.check(page, "noder-fc")).isEqualTo(SurveyTokens.Verdict.VALID);
    assertThat(second.check(page, "noder-granne")).as("another centre's").isEqualTo(SurveyTokens.Verdict.EXPIRED);

    assertThat(second.spend(page)).as("taken on the second node").isTrue();
    assertThat(first.check(page, "noder-fc")).as("the first node knows").isEqualTo(SurveyTokens.Verdict.USED);
    assertThat(first.spend(page)).as("sent to both nodes at once").isFalse();

    SurveyTokens restarted = new SurveyTokens(settings, clock, jdbc);
    String shownBeforeRestart = first.issue("noder-fc");
    clock.advance(Duration.ofSeconds(30));
    assertThat(restarted.check(shownBeforeRestart, "noder-fc")).as("after a restart")
        .isEqualTo(SurveyTokens.Verdict.VALID);
    assertThat(restarted.check(page, "noder-fc")).isEqualTo(SurveyTokens.Verdict.USED);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM arshjul_survey_token_key").query(Long.class).single())
        .as("one key for the database").isEqualTo(1);
  }
}
