package se.arshjulet.survey;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;
import se.arshjulet.settings.Settings;

/**
 * One answer per page view: the survey page carries a token the server signed (centre, time shown, a random nonce;
 * HMAC-SHA256 with {@code arshjulet.survey.token-key}, or a key drawn at start), and an answer is taken only with a
 * token of its centre that is between {@code answer-min-age} and {@code answer-max-age} old and was not taken before.
 * Nothing is stored: the nonces of taken answers are remembered in memory until their tokens expire. A script must
 * fetch a page per answer and wait; parents behind one address each have their own page.
 */
@Component
public class SurveyTokens {

  /** What a posted token is worth. */
  public enum Verdict {
    VALID,
    /** Missing, not signed here (another node's key, an earlier start's), of another centre, or too old. */
    EXPIRED,
    TOO_YOUNG,
    USED
  }

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final long PURGE_EVERY_MILLIS = 60_000;

  private final SurveyClock clock;
  private final long minAgeMillis;
  private final long maxAgeMillis;
  private final SecretKeySpec key;
  private final SecureRandom random = new SecureRandom();
  /** Nonces of answers taken, until their tokens expire. */
  private final Map<String, Long> used = new ConcurrentHashMap<>();
  private volatile long nextPurge;

  public SurveyTokens(Settings settings, SurveyClock clock) {
    this.clock = clock;
    this.minAgeMillis = settings.survey().answerMinAge().toMillis();
    this.maxAgeMillis = settings.survey().answerMaxAge().toMillis();
    byte[] secret = new byte[32];
    if (settings.survey().tokenKey() == null) {
      random.nextBytes(secret);
    } else {
      secret = settings.survey().tokenKey().getBytes(StandardCharsets.UTF_8);
    }
    this.key = new SecretKeySpec(secret, "HmacSHA256");
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
    if (used.containsKey(parts[1])) {
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
      used.values().removeIf(expires -> expires < now);
    }
    return used.putIfAbsent(parts[1], Long.parseLong(parts[0]) + maxAgeMillis) == null;
  }

  private String mac(String centreId, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return ENCODER.encodeToString(mac.doFinal((centreId + "\n" + body).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
