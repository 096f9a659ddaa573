package se.arshjulet.yearview;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Secret, revocable tokens for calendar subscriptions: the feed URL carries the token, never a password. */
@Repository
public class FeedTokens {

  /** What a token opens: one centre's activities for one role (or all roles). */
  public record Feed(String token, String username, String centreId, String role) {
  }

  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;

  public FeedTokens(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Feed create(String username, String centreId, String role) {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    jdbc.sql("INSERT INTO arshjul_feed_token (token, username, centre_id, role, created_at) VALUES (?, ?, ?, ?, ?)")
        .params(token, username, centreId, role, Timestamp.from(Instant.now())).update();
    return new Feed(token, username, centreId, role);
  }

  /** The feed of a token that has not been revoked. */
  public Optional<Feed> valid(String token) {
    return jdbc.sql("SELECT * FROM arshjul_feed_token WHERE token = ? AND revoked_at IS NULL").param(token)
        .query((rs, n) -> new Feed(rs.getString("token"), rs.getString("username"), rs.getString("centre_id"),
            rs.getString("role")))
        .optional();
  }

  public Optional<Feed> find(String token) {
    return jdbc.sql("SELECT * FROM arshjul_feed_token WHERE token = ?").param(token)
        .query((rs, n) -> new Feed(rs.getString("token"), rs.getString("username"), rs.getString("centre_id"),
            rs.getString("role")))
        .optional();
  }

  public void revoke(String token) {
    jdbc.sql("UPDATE arshjul_feed_token SET revoked_at = ? WHERE token = ?")
        .params(Timestamp.from(Instant.now()), token).update();
  }
}
