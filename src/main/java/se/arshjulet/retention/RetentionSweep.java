package se.arshjulet.retention;

import java.sql.Timestamp;
import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.arshjulet.calendar.Today;
import se.arshjulet.settings.Settings;

/**
 * Removes from the product's own tables what is kept no longer ({@code arshjulet.retention}): sent emails, the
 * parent survey's answers and quotes of years no report compares any more, revoked calendar subscriptions, the
 * record of old digest weeks. Every night after Camunda's history cleanup (01:00–05:00), which removes the wheels'
 * history after each wheel's time to live. Each node may run it: deleting what is expired twice deletes nothing.
 */
@Component
public class RetentionSweep {

  private static final Logger log = LoggerFactory.getLogger(RetentionSweep.class);

  /** What one sweep removed, by kind. */
  public record Removed(int sentEmails, int surveyAnswers, int surveyQuotes, int revokedFeeds, int digestWeeks) {
  }

  private final JdbcClient jdbc;
  private final Settings.Retention retention;

  public RetentionSweep(JdbcClient jdbc, Settings settings) {
    this.jdbc = jdbc;
    this.retention = settings.retention();
  }

  @Scheduled(cron = "0 15 5 * * *", zone = "Europe/Stockholm")
  public void nightly() {
    Removed removed = sweep();
    log.info("Retention: removed {}", removed);
  }

  /** Removes what has passed its time, by the engine's clock (which tests move). */
  public Removed sweep() {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    int firstSurveyYear = Today.year() - retention.surveyYears() + 1;
    return new Removed(
        jdbc.sql("DELETE FROM arshjul_email WHERE sent_at IS NOT NULL AND sent_at < ?")
            .param(Timestamp.from(now.minus(retention.sentEmails()))).update(),
        jdbc.sql("DELETE FROM arshjul_survey_answer WHERE survey_year < ?").param(firstSurveyYear).update(),
        jdbc.sql("DELETE FROM arshjul_survey_quote WHERE survey_year < ?").param(firstSurveyYear).update(),
        jdbc.sql("DELETE FROM arshjul_feed_token WHERE revoked_at IS NOT NULL AND revoked_at < ?")
            .param(Timestamp.from(now.minus(retention.revokedFeeds()))).update(),
        jdbc.sql("DELETE FROM arshjul_digest_week WHERE planned_at < ?")
            .param(Timestamp.from(now.minus(retention.digestWeeks()))).update());
  }
}
