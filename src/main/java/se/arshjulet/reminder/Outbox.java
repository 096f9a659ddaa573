package se.arshjulet.reminder;

import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every email the product decided to send, one row per recipient under a unique key. Rows are written, claimed and
 * marked sent in transactions of their own, so that a sweep that fails half-way (SMTP down) keeps what it sent, and
 * two nodes of a cluster sweeping the same county never send the same email: each sends only what it claimed.
 */
@Repository
public class Outbox {

  /** An email ready to go. */
  public record Email(String id, String dedupKey, EmailKind kind, String county, String centreId, String taskId,
                      String activityKey, String recipient, String subject, String text, String html,
                      Instant plannedAt) {
  }

  /** How many emails wait unsent, and when the oldest of them was planned (null when none waits). */
  public record Backlog(long unsent, Instant oldestPlannedAt) {

    public long oldestAgeSeconds(Instant now) {
      return oldestPlannedAt == null ? 0 : Math.max(0, Duration.between(oldestPlannedAt, now).toSeconds());
    }
  }

  private static final String INSERT = """
      INSERT INTO arshjul_email (id, dedup_key, kind, county, centre_id, task_id, activity_key, recipient,
        subject, body_text, body_html, planned_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
  /** Keys looked up per query: a sweep checks every email it may send in a few queries. */
  private static final int KEYS_PER_QUERY = 500;

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final TransactionTemplate ownTransaction;
  private final boolean postgres;

  public Outbox(JdbcClient jdbc, PlatformTransactionManager transactions, DataSource dataSource) {
    this.jdbc = jdbc;
    this.template = new JdbcTemplate(dataSource);
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.postgres = "PostgreSQL".equals(databaseName(dataSource));
  }

  private static String databaseName(DataSource dataSource) {
    try {
      return JdbcUtils.commonDatabaseName(
          JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
    } catch (MetaDataAccessException e) {
      throw new IllegalStateException("Cannot tell which database the outbox is in", e);
    }
  }

  /** Adds the email unless one with its key exists, also one another node adds now; returns whether it was added. */
  public boolean add(Email email) {
    try {
      return Boolean.TRUE.equals(ownTransaction.execute(status -> insert(email)));
    } catch (DuplicateKeyException addedByAnotherNode) {
      return false;
    }
  }

  /** Adds the emails whose keys are new, in one transaction; one by one when another node added some meanwhile. */
  public void addAll(List<Email> emails) {
    addAll(emails, null);
  }

  /**
   * The same, and when {@code digestWeek} is given, records that this week's digests are planned, in the same
   * transaction as the emails: a sweep that dies before leaves the week to the next sweep. When another node
   * recorded the week first, the digests are left out and the other emails added.
   */
  public void addAll(List<Email> emails, String digestWeek) {
    if (emails.isEmpty() && digestWeek == null) {
      return;
    }
    try {
      ownTransaction.executeWithoutResult(status -> {
        if (digestWeek != null) {
          jdbc.sql("INSERT INTO arshjul_digest_week (week, planned_at) VALUES (?, ?)")
              .params(digestWeek, Timestamp.from(ClockUtil.getCurrentTime().toInstant())).update();
        }
        template.batchUpdate(INSERT, emails, 100, Outbox::bind);
      });
    } catch (DuplicateKeyException addedByAnotherNode) {
      emails.stream().filter(email -> digestWeek == null || email.kind() != EmailKind.DIGEST).forEach(this::add);
    }
  }

  /** Whether the week's digests ({@code 2027-W10}) were planned already. */
  public boolean digestsPlanned(String week) {
    return jdbc.sql("SELECT COUNT(*) FROM arshjul_digest_week WHERE week = ?").param(week)
        .query(Long.class).single() > 0;
  }

  /** Those of the keys that are in the outbox already, sent or not. */
  public Set<String> plannedAmong(Collection<String> keys) {
    List<String> all = List.copyOf(keys);
    Set<String> planned = new HashSet<>();
    for (int from = 0; from < all.size(); from += KEYS_PER_QUERY) {
      planned.addAll(jdbc.sql("SELECT dedup_key FROM arshjul_email WHERE dedup_key IN (:keys)")
          .param("keys", all.subList(from, Math.min(all.size(), from + KEYS_PER_QUERY))).query(String.class).list());
    }
    return planned;
  }

  /** Inserts the email; its key's unique index refuses one that another sweep added first. */
  private boolean insert(Email email) {
    template.update(INSERT, statement -> bind(statement, email));
    return true;
  }

  private static void bind(PreparedStatement statement, Email email) throws SQLException {
    new ArgumentPreparedStatementSetter(new Object[] {UUID.randomUUID().toString(), email.dedupKey(),
        email.kind().name(), email.county(), email.centreId(), email.taskId(), email.activityKey(), email.recipient(),
        email.subject(), email.text(), email.html(), Timestamp.from(email.plannedAt())}).setValues(statement);
  }

  /** Every county's unsent emails, oldest first. */
  public List<Email> unsent() {
    return emails(jdbc.sql("SELECT * FROM arshjul_email WHERE sent_at IS NULL ORDER BY planned_at, dedup_key"));
  }

  public List<Email> unsent(String county) {
    return emails(jdbc.sql("SELECT * FROM arshjul_email WHERE county = ? AND sent_at IS NULL "
        + "ORDER BY planned_at, dedup_key").param(county));
  }

  private static List<Email> emails(JdbcClient.StatementSpec query) {
    return query.query((rs, n) -> new Email(rs.getString("id"), rs.getString("dedup_key"),
            EmailKind.valueOf(rs.getString("kind")), rs.getString("county"), rs.getString("centre_id"),
            rs.getString("task_id"), rs.getString("activity_key"), rs.getString("recipient"),
            rs.getString("subject"), rs.getString("body_text"), rs.getString("body_html"),
            rs.getTimestamp("planned_at").toInstant()))
        .list();
  }

  /** The unsent emails of every county: how many, and the oldest one's planned time (index arshjul_email_backlog). */
  public Backlog backlog() {
    return jdbc.sql("SELECT COUNT(*) AS unsent, MIN(planned_at) AS oldest FROM arshjul_email WHERE sent_at IS NULL")
        .query((rs, n) -> new Backlog(rs.getLong("unsent"),
            rs.getTimestamp("oldest") == null ? null : rs.getTimestamp("oldest").toInstant()))
        .single();
  }

  /**
   * Claims those of the unsent emails that no other sending holds, until the given time, and returns them. A claim of a
   * sending that died runs out, and its emails go with a later one.
   */
  public List<Email> claim(List<Email> emails, Instant now, Instant until) {
    if (emails.isEmpty()) {
      return List.of();
    }
    String claimant = UUID.randomUUID().toString();
    List<String> ids = emails.stream().map(Email::id).toList();
    Set<String> claimed = ownTransaction.execute(status -> {
      jdbc.sql("""
              UPDATE arshjul_email SET claimed_by = :claimant, claimed_until = :until
              WHERE id IN (:ids) AND sent_at IS NULL AND (claimed_until IS NULL OR claimed_until < :now)""")
          .param("claimant", claimant).param("until", Timestamp.from(until)).param("ids", ids)
          .param("now", Timestamp.from(now)).update();
      return new HashSet<>(jdbc.sql("SELECT id FROM arshjul_email WHERE claimed_by = :claimant AND id IN (:ids)")
          .param("claimant", claimant).param("ids", ids).query(String.class).list());
    });
    return emails.stream().filter(email -> claimed.contains(email.id())).toList();
  }

  /** Gives up the claims of emails that did not go out (SMTP failed), for the job's retry. */
  public void release(List<String> ids) {
    if (!ids.isEmpty()) {
      ownTransaction.executeWithoutResult(status -> jdbc.sql(
              "UPDATE arshjul_email SET claimed_until = NULL WHERE id IN (:ids) AND sent_at IS NULL")
          .param("ids", ids).update());
    }
  }

  /**
   * Marks one email sent, committed at once: the moment the SMTP server accepted it. On PostgreSQL the commit does
   * not wait for the disk (synchronous_commit off for this transaction only): it is durable when this node dies, and
   * only a crash of PostgreSQL itself within a fraction of a second could lose the mark and re-send that email.
   */
  public void markSent(String id, Instant at) {
    ownTransaction.executeWithoutResult(status -> {
      if (postgres) {
        jdbc.sql("SET LOCAL synchronous_commit TO OFF").update();
      }
      jdbc.sql("UPDATE arshjul_email SET sent_at = ? WHERE id = ?").params(Timestamp.from(at), id).update();
    });
  }
}
