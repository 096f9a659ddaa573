package se.arshjulet.retention;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.arshjulet.calendar.Today;
import se.arshjulet.settings.RetentionSettings;
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
  private final RetentionSettings retention;

  public RetentionSweep(JdbcClient jdbc, Settings settings) {
    this.jdbc = jdbc;
    this.retention = settings.retention();
  }

  @Scheduled(cron = "0 15 5 * * *", zone = "Europe/Stockholm")
  public void nightly() {
    Removed removed = sweep();
    log.info("Retention: removed {}", removed);
  }

  /**
   * Removes what has passed its time, by the engine's clock (which tests move): for each county that chose its own
   * times, its rows by them; for all others, by the national ones.
   */
  public Removed sweep() {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    Set<String> choosing = retention.counties().keySet();
    String elsewhere = "centre_id NOT IN (SELECT id FROM arshjul_centre WHERE county IN " + list(choosing) + ")";
    int emails = deleteEmails(retention, now, "county NOT IN " + list(choosing), choosing);
    int answers = deleteSurvey("arshjul_survey_answer", retention, elsewhere, choosing);
    int quotes = deleteSurvey("arshjul_survey_quote", retention, elsewhere, choosing);
    String inCounty = "centre_id IN (SELECT id FROM arshjul_centre WHERE county = ?)";
    for (String county : choosing) {
      RetentionSettings own = retention.forCounty(county);
      emails += deleteEmails(own, now, "county = ?", List.of(county));
      answers += deleteSurvey("arshjul_survey_answer", own, inCounty, List.of(county));
      quotes += deleteSurvey("arshjul_survey_quote", own, inCounty, List.of(county));
    }
    return new Removed(emails, answers, quotes,
        jdbc.sql("DELETE FROM arshjul_feed_token WHERE revoked_at IS NOT NULL AND revoked_at < ?")
            .param(Timestamp.from(now.minus(retention.revokedFeeds()))).update(),
        jdbc.sql("DELETE FROM arshjul_digest_week WHERE planned_at < ?")
            .param(Timestamp.from(now.minus(retention.digestWeeks()))).update());
  }

  private int deleteEmails(RetentionSettings times, Instant now, String where, Collection<String> params) {
    List<Object> all = new ArrayList<>(List.of(Timestamp.from(now.minus(times.sentEmails()))));
    all.addAll(params);
    return jdbc.sql("DELETE FROM arshjul_email WHERE sent_at IS NOT NULL AND sent_at < ? AND " + where)
        .params(all).update();
  }

  private int deleteSurvey(String table, RetentionSettings times, String where, Collection<String> params) {
    List<Object> all = new ArrayList<>(List.of(Today.year() - times.surveyYears() + 1));
    all.addAll(params);
    return jdbc.sql("DELETE FROM " + table + " WHERE survey_year < ? AND " + where).params(all).update();
  }

  /** {@code (?, ?)} for the counties, or a list no county id matches when there are none. */
  private static String list(Set<String> counties) {
    return counties.isEmpty() ? "('')" : "(" + String.join(", ", Collections.nCopies(counties.size(), "?")) + ")";
  }
}
