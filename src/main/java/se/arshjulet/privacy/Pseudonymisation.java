package se.arshjulet.privacy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.persistence.entity.TaskMeterLogEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.arshjulet.calendar.Today;
import se.arshjulet.settings.RetentionSettings;
import se.arshjulet.settings.Settings;

/**
 * Pseudonymises everyone who left the registry longer ago than {@code arshjulet.retention.pseudonymise-after}: her
 * user id becomes a {@link Pseudonym} wherever Camunda and the product hold it, her name, user id and address in the
 * answers, variables and comments of her centres' wheels become "en samordnare" (or "en enhetschef"), her Camunda
 * user, memberships and grants are deleted, her sent emails keep only the pseudonym, her unsent emails and calendar
 * subscriptions go. One transaction per person, in SQL (Camunda has no API to rewrite history); the counts and
 * answers the reports read stay as they were. Nightly after the retention sweep; a second node waits on the first's
 * lock on her rows and then finds nothing to do.
 */
@Component
public class Pseudonymisation {

  private static final Logger log = LoggerFactory.getLogger(Pseudonymisation.class);

  /** Columns holding a user id, rewritten to the pseudonym. */
  private static final List<String> USER_ID_COLUMNS = List.of(
      "ACT_HI_TASKINST.ASSIGNEE_", "ACT_HI_TASKINST.OWNER_", "ACT_HI_ACTINST.ASSIGNEE_",
      "ACT_HI_PROCINST.START_USER_ID_", "ACT_HI_CASEINST.CREATE_USER_ID_", "ACT_HI_IDENTITYLINK.USER_ID_",
      "ACT_HI_IDENTITYLINK.ASSIGNER_ID_", "ACT_HI_COMMENT.USER_ID_", "ACT_HI_ATTACHMENT.USER_ID_",
      "ACT_HI_OP_LOG.USER_ID_", "ACT_HI_OP_LOG.ORG_VALUE_", "ACT_HI_OP_LOG.NEW_VALUE_", "ACT_HI_DECINST.USER_ID_",
      "ACT_HI_BATCH.CREATE_USER_ID_", "ACT_RU_BATCH.CREATE_USER_ID_", "ACT_RU_IDENTITYLINK.USER_ID_",
      "ACT_RU_FILTER.OWNER_");
  /** One person pseudonymised: her pseudonym and the rows changed, by table and column. */
  public record Done(Pseudonym pseudonym, Map<String, Integer> rows) {
  }

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final RetentionSettings retention;

  public Pseudonymisation(JdbcClient jdbc, PlatformTransactionManager transactions, Settings settings) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
    this.retention = settings.retention();
  }

  @Scheduled(cron = "0 30 5 * * *", zone = "Europe/Stockholm")
  public void nightly() {
    // Logs the pseudonym, never her user name: the log must not tie the two together.
    run().forEach(done -> log.info("Pseudonymised a person who left as {}: rows changed {}",
        done.pseudonym().userId(), done.rows()));
  }

  /** Pseudonymises everyone who left longer ago than the setting, by the engine's clock (which tests move). */
  public List<Done> run() {
    List<Done> done = new ArrayList<>();
    leftBefore().forEach((username, leftBefore) -> {
      try {
        Done one = transaction.execute(status -> pseudonymise(username, leftBefore));
        if (one != null) {
          done.add(one);
        }
      } catch (RuntimeException e) {
        // Rolled back: she stays as she was and is tried again next night; the others go on.
        log.error("Could not pseudonymise {}, who left before {}", username, leftBefore, e);
      }
    });
    return done;
  }

  /**
   * Each person who left, with the day before which she counts as gone long enough: the longest time of the counties
   * she worked in (a county may choose its own, {@code arshjulet.retention.counties.<county>.pseudonymise-after}).
   */
  private Map<String, LocalDate> leftBefore() {
    Map<String, LocalDate> leftBefore = new LinkedHashMap<>();
    jdbc.sql("SELECT s.username, c.county FROM arshjul_staff_left s LEFT JOIN arshjul_centre c ON c.id = s.centre_id "
            + "ORDER BY s.username").query((row, i) -> new String[] {row.getString(1), row.getString(2)}).list()
        .forEach(post -> {
          LocalDate day = Today.date().minusDays((post[1] == null ? retention : retention.forCounty(post[1]))
              .pseudonymiseAfter().toDays());
          leftBefore.merge(post[0], day, (a, b) -> a.isBefore(b) ? a : b);
        });
    return leftBefore;
  }

  private Done pseudonymise(String username, LocalDate leftBefore) {
    // Locks her rows: another node pseudonymising her at the same time waits, then finds them gone.
    List<String[]> posts = jdbc.sql("SELECT centre_id, role FROM arshjul_staff_left WHERE username = ? "
            + "AND left_on < ? FOR UPDATE").params(username, leftBefore)
        .query((row, i) -> new String[] {row.getString(1), row.getString(2)}).list();
    if (posts.isEmpty()) {
      return null;
    }
    Pseudonym pseudonym = Pseudonym.draw(posts.stream().anyMatch(post -> "COORDINATOR".equals(post[1]))
        ? "COORDINATOR" : posts.get(0)[1]);
    Map<String, Integer> rows = new LinkedHashMap<>();
    Person person = person(username);
    List<String> instances = instances(username, posts.stream().map(post -> post[0]).distinct().toList());
    List<String> needles = person.needles(username);

    FreeText.rewrite(jdbc, instances, needles, pseudonym.display(), rows);
    for (String column : USER_ID_COLUMNS) {
      String[] at = column.split("\\.");
      count(rows, column, jdbc.sql("UPDATE " + at[0] + " SET " + at[1] + " = ? WHERE " + at[1] + " = ?")
          .params(pseudonym.userId(), username).update());
    }
    // An open task left with her goes back to its candidate groups (the registry import does so when she leaves).
    count(rows, "ACT_RU_TASK.ASSIGNEE_", jdbc.sql("UPDATE ACT_RU_TASK SET ASSIGNEE_ = NULL WHERE ASSIGNEE_ = ?")
        .param(username).update());
    count(rows, "ACT_RU_TASK.OWNER_", jdbc.sql("UPDATE ACT_RU_TASK SET OWNER_ = NULL WHERE OWNER_ = ?")
        .param(username).update());
    // Camunda's count of distinct task workers keeps its figure: her hash becomes the pseudonym's.
    count(rows, "ACT_RU_TASK_METER_LOG.ASSIGNEE_HASH_", jdbc.sql(
            "UPDATE ACT_RU_TASK_METER_LOG SET ASSIGNEE_HASH_ = ? WHERE ASSIGNEE_HASH_ = ?")
        .params(workerHash(pseudonym.userId()), workerHash(username)).update());
    deleteUser(username, rows);
    outbox(username, person.email(), pseudonym, rows);
    count(rows, "arshjul_feed_token", jdbc.sql("DELETE FROM arshjul_feed_token WHERE username = ?")
        .param(username).update());
    count(rows, "arshjul_staff_left", jdbc.sql("DELETE FROM arshjul_staff_left WHERE username = ?")
        .param(username).update());
    rows.values().removeIf(changed -> changed == 0);
    return new Done(pseudonym, rows);
  }

  /** Her name and address as her Camunda user holds them (she may have none left). */
  private record Person(String name, String email) {

    /** What is replaced in free text, longest first (her address holds her user name). */
    List<String> needles(String username) {
      List<String> needles = new ArrayList<>();
      for (String needle : new String[] {email, username, name}) {
        if (needle != null && needle.strip().length() >= 3) {
          needles.add(needle.strip());
        }
      }
      return needles;
    }
  }

  private Person person(String username) {
    return jdbc.sql("SELECT FIRST_, LAST_, EMAIL_ FROM ACT_ID_USER WHERE ID_ = ?").param(username)
        .query((row, i) -> new Person(String.join(" ", nonNull(row.getString(1)), nonNull(row.getString(2))).strip(),
            row.getString(3))).optional().orElse(new Person(null, null));
  }

  /** The wheels of the centres she left, and any other wheel she worked in. */
  private List<String> instances(String username, List<String> centreIds) {
    List<String> ids = new ArrayList<>(jdbc.sql("SELECT DISTINCT PROC_INST_ID_ FROM ACT_HI_TASKINST "
        + "WHERE (ASSIGNEE_ = ? OR OWNER_ = ?) AND PROC_INST_ID_ IS NOT NULL").params(username, username)
        .query(String.class).list());
    for (String centreId : centreIds) {
      jdbc.sql("SELECT ID_ FROM ACT_HI_PROCINST WHERE BUSINESS_KEY_ LIKE ?").param(centreId + ":%")
          .query(String.class).list().stream().filter(id -> !ids.contains(id)).forEach(ids::add);
    }
    return ids;
  }

  /** Her Camunda user and all that hangs on it: memberships, tenants, grants, details, picture. */
  private void deleteUser(String username, Map<String, Integer> rows) {
    count(rows, "ACT_ID_MEMBERSHIP", jdbc.sql("DELETE FROM ACT_ID_MEMBERSHIP WHERE USER_ID_ = ?")
        .param(username).update());
    count(rows, "ACT_ID_TENANT_MEMBER", jdbc.sql("DELETE FROM ACT_ID_TENANT_MEMBER WHERE USER_ID_ = ?")
        .param(username).update());
    count(rows, "ACT_ID_INFO", jdbc.sql("DELETE FROM ACT_ID_INFO WHERE USER_ID_ = ?").param(username).update());
    // Grants to her, and grants on her user (resource type 1, USER).
    count(rows, "ACT_RU_AUTHORIZATION", jdbc.sql("DELETE FROM ACT_RU_AUTHORIZATION WHERE USER_ID_ = ? "
        + "OR (RESOURCE_TYPE_ = 1 AND RESOURCE_ID_ = ?)").params(username, username).update());
    String picture = jdbc.sql("SELECT PICTURE_ID_ FROM ACT_ID_USER WHERE ID_ = ?").param(username)
        .query(String.class).optional().orElse(null);
    count(rows, "ACT_ID_USER", jdbc.sql("DELETE FROM ACT_ID_USER WHERE ID_ = ?").param(username).update());
    if (picture != null) {
      count(rows, "ACT_GE_BYTEARRAY", jdbc.sql("DELETE FROM ACT_GE_BYTEARRAY WHERE ID_ = ?").param(picture).update());
    }
  }

  /**
   * Emails to her: unsent ones go (nobody is to mail her); sent ones keep their keys (which end in her user name, so
   * that a reminder goes out once) with the pseudonym, and the pseudonym's address.
   */
  private void outbox(String username, String email, Pseudonym pseudonym, Map<String, Integer> rows) {
    String suffix = ":" + username;
    List<String[]> hers = jdbc.sql("SELECT id, dedup_key, recipient, sent_at FROM arshjul_email WHERE recipient = ? "
            + "OR dedup_key LIKE ? ESCAPE '\\'").params(nonNull(email), "%" + like(suffix))
        .query((row, i) -> new String[] {row.getString(1), row.getString(2), row.getString(3),
            row.getTimestamp(4) == null ? null : "sent"}).list().stream()
        .filter(one -> one[2].equals(email) || one[1].endsWith(suffix)).toList();
    for (String[] one : hers) {
      if (one[3] == null) {
        count(rows, "arshjul_email (unsent, deleted)", jdbc.sql("DELETE FROM arshjul_email WHERE id = ?")
            .param(one[0]).update());
        continue;
      }
      String key = one[1].endsWith(suffix)
          ? one[1].substring(0, one[1].length() - suffix.length()) + ":" + pseudonym.userId() : one[1];
      count(rows, "arshjul_email", jdbc.sql("UPDATE arshjul_email SET recipient = ?, dedup_key = ? WHERE id = ?")
          .params(pseudonym.address(), key, one[0]).update());
    }
  }

  /** A LIKE pattern matching the text itself (user names may hold "_"). */
  static String like(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static long workerHash(String userId) {
    return new TaskMeterLogEntity(userId, new Date()).getAssigneeHash();
  }

  static void count(Map<String, Integer> rows, String what, int changed) {
    rows.merge(what, changed, Integer::sum);
  }

  private static String nonNull(String value) {
    return value == null ? "" : value;
  }

}
