package se.arshjulet.survey;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.arshjulet.settings.Settings;

/**
 * One answer per page view: the survey page carries a token the server signed (centre, time shown, a random nonce;
 * HMAC-SHA256 with {@code arshjulet.survey.token-key}, or else with a key the first start drew and stored), and an
 * answer is taken only with a token of its centre that is between {@code answer-min-age} and {@code answer-max-age}
 * old and was not taken before. The key and the nonces of taken answers (until their tokens expire) are in the
 * database, so every node of a cluster and every restart knows them: a page shown by one node answers on another,
 * and once. A script must fetch a page per answer and wait; parents behind one address each have their own page.
 */
@Component
public class SurveyTokens {

  /** What a posted token is worth. */
  public enum Verdict {
    VALID,
    /** Missing, not signed with the key in use (forged, or a key since changed), of another centre, or too old. */
    EXPIRED,
    TOO_YOUNG,
    USED
  }

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final long PURGE_EVERY_MILLIS = 60_000;

  private final SurveyClock clock;
  private final JdbcClient jdbc;
  private final long minAgeMillis;
  private final long maxAgeMillis;
  private final String configuredKey;
  private final SecureRandom random = new SecureRandom();
  private volatile SecretKeySpec key;
  private volatile long nextPurge;

  public SurveyTokens(Settings settings, SurveyClock clock, JdbcClient jdbc) {
    this.clock = clock;
    this.jdbc = jdbc;
    this.minAgeMillis = settings.survey().answerMinAge().toMillis();
    this.maxAgeMillis = settings.survey().answerMaxAge().toMillis();
    this.configuredKey = settings.survey().tokenKey();
  }

  /** A new page view's token for the centre's form. */
  public String issue(String centreId) {
    byte[] nonce = new byte[16];
    random.nextBytes(nonce);
    String body = clock.millis() + "." + ENCODER.encodeToString(nonce);
    return body + "." + mac(centreId, body);
  }

  /** What the token is worth for an answer to the centre now; takes nothing (see {@link #spend}). */
  public Verdict check(String token, String centreId) {
    String[] parts = token == null ? new String[0] : token.split("\\.", -1);
    if (parts.length != 3 || !parts[0].matches("\\d{1,15}")) {
      return Verdict.EXPIRED;
    }
    byte[] expected = mac(centreId, parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, parts[2].getBytes(StandardCharsets.US_ASCII))) {
      return Verdict.EXPIRED;
    }
    if (jdbc.sql("SELECT COUNT(*) FROM arshjul_survey_token_used WHERE nonce = ?").param(parts[1])
        .query(Long.class).single() > 0) {
      return Verdict.USED;
    }
    long age = clock.millis() - Long.parseLong(parts[0]);
    if (age < minAgeMillis) {
      return Verdict.TOO_YOUNG;
    }
    return age > maxAgeMillis ? Verdict.EXPIRED : Verdict.VALID;
  }

  /**
   * Takes a token {@link #check} found valid, once: false when another answer took it first (two posts of one page at
   * the same time).
   */
  public boolean spend(String token) {
    String[] parts = token.split("\\.", -1);
    long now = clock.millis();
    if (now >= nextPurge) {
      nextPurge = now + PURGE_EVERY_MILLIS;
      jdbc.sql("DELETE FROM arshjul_survey_token_used WHERE expires_at < ?").param(now).update();
    }
    try {
      jdbc.sql("INSERT INTO arshjul_survey_token_used (nonce, expires_at) VALUES (?, ?)")
          .params(parts[1], Long.parseLong(parts[0]) + maxAgeMillis).update();
      return true;
    } catch (DuplicateKeyException takenFirst) {
      return false;
    }
  }

  /** The configured key, else the one this database holds, drawn and stored by the first node that needed one. */
  private SecretKeySpec key() {
    SecretKeySpec known = key;
    if (known == null) {
      String secret = configuredKey != null ? configuredKey : storedKey();
      known = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
      key = known;
    }
    return known;
  }

  private String storedKey() {
    Optional<String> stored = keyInDatabase();
    if (stored.isPresent()) {
      return stored.get();
    }
    byte[] drawn = new byte[32];
    random.nextBytes(drawn);
    try {
      jdbc.sql("INSERT INTO arshjul_survey_token_key (id, secret) VALUES (1, ?)")
          .param(ENCODER.encodeToString(drawn)).update();
    } catch (DuplicateKeyException anotherNodeFirst) {
      // another node stored its key in between: that one holds
    }
    return keyInDatabase().orElseThrow();
  }

  private Optional<String> keyInDatabase() {
    return jdbc.sql("SELECT secret FROM arshjul_survey_token_key WHERE id = 1").query(String.class).optional();
  }

  private String mac(String centreId, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key());
      return ENCODER.encodeToString(mac.doFinal((centreId + "\n" + body).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
