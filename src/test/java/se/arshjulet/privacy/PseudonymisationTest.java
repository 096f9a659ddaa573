package se.arshjulet.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.arshjulet.centre.Centre;
import se.arshjulet.centre.CentreGroups;
import se.arshjulet.centre.CentreIdentity;
import se.arshjulet.centre.StaffMember;
import se.arshjulet.centre.Unit;
import se.arshjulet.report.AnnualReportAssembler;
import se.arshjulet.support.EngineTest;
import se.arshjulet.support.FormFiller;
import se.arshjulet.support.MailCounty;
import se.arshjulet.support.YearDriver;
import se.arshjulet.yearview.ActivityView;
import se.arshjulet.yearview.CentreYearView;
import se.arshjulet.yearview.CountyOverview;
import se.arshjulet.yearview.FeedTokens;

/**
 * A coordinator works two years of her centre's wheel, gets reminders and subscribes to its calendar; she leaves the
 * registry, and a year and more later the nightly pseudonymisation leaves her user id, name and address nowhere in
 * the database (every text and byte column of every table), while her centre's annual report and the county's
 * overview read as before, with "en samordnare" where her name was. A person who left less long ago, and one who came
 * back, are untouched.
 */
class PseudonymisationTest extends EngineTest {

  private static final String TOVE = "tove.testlund";
  private static final String TOVE_NAME = "Tove Testlund";
  private static final String TOVE_EMAIL = "tove.testlund@pseudo.example";

  @Autowired
  Pseudonymisation pseudonymisation;
  @Autowired
  AnnualReportAssembler reports;
  @Autowired
  CountyOverview overview;
  @Autowired
  CentreYearView years;
  @Autowired
  FeedTokens feeds;
  @Autowired
  JdbcClient jdbc;

  @Test
  void aPersonWhoLeftLongAgoIsNowhereAndTheReportsReadAsBefore() throws Exception {
    Centre centre = register("pseudo-fc", new StaffMember(TOVE, TOVE_NAME, TOVE_EMAIL,
        StaffMember.Role.COORDINATOR, null));
    MailCounty mail = MailCounty.existing(engine, "jamtland");
    YearDriver first = startYear(centre, 2026);
    first.runUntil("2026-01-23T07:00");
    mail.sweepAt("2026-01-23T08:00");
    asTove(centre, first, "self-reflection-january", "2026-01-26T10:00", Map.of("prioriteratOmrade1", "larande",
        "matbartMal1", "Språkcafé varje vecka, ansvarig " + TOVE_NAME + " (" + TOVE_EMAIL + ")",
        "prioriteratOmrade2", "samverkan", "matbartMal2", "Gemensam planeringsdag"));
    asTove(centre, first, "parent-survey", "2026-11-12T10:00", Map.of("antalUtdelade", 37L));
    asTove(centre, first, "self-reflection-december", "2026-12-10T10:00", Map.of("prioriteratOmrade1", "samverkan",
        "matbartMal1", "Fyra föräldrakvällar, samordnas av " + TOVE_NAME, "prioriteratOmrade2", "jamstalldhet",
        "matbartMal2", "Pappagrupp"));
    YearDriver second = startYear(centre, 2027);
    asTove(centre, second, "self-reflection-january", "2027-01-15T10:00", Map.of(
        "uppfoljningForraAretsMal", "Tre av fyra kvällar blev av, säger " + TOVE_NAME + ".",
        "prioriteratOmrade1", "tidigt-stod-till-foraldrar", "matbartMal1", "Babymassage",
        "prioriteratOmrade2", "samverkan", "matbartMal2", "Introduktion"));
    asTove(centre, second, "annual-report", "2027-02-20T10:00", Map.of("beskrivning", "Glesbygd.",
        "antalBesok", 4321L, "antalGravida", 55L, "antalInskrivnaBarn", 410L,
        "analys", "Skrivet av " + TOVE_NAME + ", frågor till " + TOVE_EMAIL + "."));
    feeds.create(TOVE, centre.id(), "coordinator");
    long herTasks = count("SELECT COUNT(*) FROM ACT_HI_TASKINST WHERE ASSIGNEE_ = ?", TOVE);
    assertThat(herTasks).as("the tasks she completed").isGreaterThanOrEqualTo(5);
    assertThat(count("SELECT COUNT(*) FROM arshjul_email WHERE recipient = ? AND sent_at IS NOT NULL", TOVE_EMAIL))
        .as("reminders sent to her").isPositive();

    // She leaves on 1 March 2027: the registry lists another coordinator.
    setClock("2027-03-01T12:00");
    register("pseudo-fc", new StaffMember("pseudo-fc.ny", "Ny Samordnare", "ny@pseudo.example",
        StaffMember.Role.COORDINATOR, null));
    // Ulla left on 1 December 2027, less than a year before the sweep.
    register("pseudo-kvar", new StaffMember("ulla.unglund", "Ulla Unglund", "ulla@pseudo.example",
        StaffMember.Role.COORDINATOR, null));
    // Rut left on 1 March 2027 too, and came back on 1 June.
    register("pseudo-ater", new StaffMember("rut.returlund", "Rut Returlund", "rut@pseudo.example",
        StaffMember.Role.COORDINATOR, null));
    register("pseudo-ater", new StaffMember("pseudo-ater.vikarie", "Vikarie", "vikarie@pseudo.example",
        StaffMember.Role.COORDINATOR, null));
    setClock("2027-06-01T12:00");
    register("pseudo-ater", new StaffMember("rut.returlund", "Rut Returlund", "rut@pseudo.example",
        StaffMember.Role.COORDINATOR, null));
    setClock("2027-12-01T12:00");
    register("pseudo-kvar", new StaffMember("pseudo-kvar.ny", "Ny Igen", "nyigen@pseudo.example",
        StaffMember.Role.COORDINATOR, null));
    assertThat(jdbc.sql("SELECT username, CAST(left_on AS VARCHAR(10)) FROM arshjul_staff_left "
            + "WHERE centre_id LIKE 'pseudo-%' ORDER BY username")
        .query((row, i) -> row.getString(1) + " " + row.getString(2)).list())
        .containsExactly("pseudo-ater.vikarie 2027-06-01", "tove.testlund 2027-03-01", "ulla.unglund 2027-12-01");

    setClock("2027-03-01T09:00");
    String reportBefore = reports.assemble(centre, 2027).toString();
    String overviewBefore = overviewOf(centre);
    List<String> completedBefore = completed(centre);
    Map<String, Integer> ullaBefore = whereFound("ulla.unglund", "Ulla Unglund");
    Map<String, Integer> rutBefore = whereFound("rut.returlund", "Rut Returlund");
    assertThat(whereFound(TOVE, TOVE_NAME, TOVE_EMAIL)).as("before").containsKeys("ACT_HI_TASKINST.ASSIGNEE_",
        "ACT_ID_USER.ID_", "ACT_GE_BYTEARRAY.BYTES_", "ARSHJUL_EMAIL.RECIPIENT", "ARSHJUL_FEED_TOKEN.USERNAME");
    assertThat(completedBefore).contains("2026-01-26 av " + TOVE);

    // A year and four days after she left.
    setClock("2028-03-05T05:30");
    List<Pseudonymisation.Done> done = pseudonymisation.run();

    assertThat(whereFound(TOVE, TOVE_NAME, TOVE_EMAIL, "testlund")).as("where she is after").isEmpty();
    String pseudonym = jdbc.sql("SELECT DISTINCT ASSIGNEE_ FROM ACT_HI_TASKINST WHERE PROC_INST_ID_ = ? "
        + "AND ASSIGNEE_ IS NOT NULL").param(second.instance().getId()).query(String.class).single();
    assertThat(pseudonym).matches("fd-samordnare-[0-9a-f]{12}");
    assertThat(done).filteredOn(one -> one.pseudonym().userId().equals(pseudonym)).singleElement()
        .satisfies(one -> assertThat(one.rows()).containsKeys("ACT_HI_TASKINST.ASSIGNEE_", "ACT_HI_OP_LOG.USER_ID_",
            "ACT_GE_BYTEARRAY.BYTES_", "ACT_ID_USER", "arshjul_email", "arshjul_feed_token", "arshjul_staff_left"));
    assertThat(count("SELECT COUNT(*) FROM ACT_HI_TASKINST WHERE ASSIGNEE_ = ?", pseudonym)).isEqualTo(herTasks);

    setClock("2027-03-01T09:00");
    assertThat(reports.assemble(centre, 2027).toString()).as("the annual report")
        .isEqualTo(pseudonymised(reportBefore)).contains("Skrivet av en samordnare");
    assertThat(overviewOf(centre)).as("the county overview").isEqualTo(overviewBefore);
    assertThat(completed(centre)).as("who completed what").isEqualTo(completedBefore.stream()
        .map(line -> line.replace("av " + TOVE, "av en samordnare")).toList());
    assertThat(whereFound("ulla.unglund", "Ulla Unglund")).as("who left less long ago").isEqualTo(ullaBefore);
    assertThat(whereFound("rut.returlund", "Rut Returlund")).as("who came back").isEqualTo(rutBefore);
    assertThat(count("SELECT COUNT(*) FROM arshjul_staff_left WHERE username = ?", "ulla.unglund")).isOne();
    setClock("2028-03-05T05:31");
    assertThat(pseudonymisation.run()).as("a second run finds nobody more").isEmpty();
  }

  /** The centre with this coordinator, and a unit manager of each unit. */
  private Centre register(String id, StaffMember coordinator) {
    List<StaffMember> staff = new ArrayList<>(List.of(coordinator));
    for (Unit unit : Unit.values()) {
      String user = id + "." + unit.name().toLowerCase(Locale.ROOT);
      staff.add(new StaffMember(user, "Enhets Chef", user + "@test.example", StaffMember.Role.STEERING_GROUP, unit));
    }
    Centre centre = new Centre(id, "Familjecentralen " + id, "Östersund", "jamtland", Centre.Kind.FC, false,
        LocalDate.of(2020, 1, 1), staff);
    registry.register(List.of(centre));
    return centre;
  }

  /** Tove claims and completes the activity's coordinator tasks, signed in as herself (as in Tasklist). */
  private void asTove(Centre centre, YearDriver year, String key, String at, Map<String, Object> answers) {
    year.runUntil(at);
    List<Task> tasks = year.openTasks(key);
    assertThat(tasks).as(key + " open at " + at).isNotEmpty();
    IdentityService identity = engine.getIdentityService();
    for (Task task : tasks) {
      Map<String, Object> filled = FormFiller.validAnswers(engine, task);
      filled.putAll(answers);
      boolean hers = engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
          .map(IdentityLink::getGroupId).anyMatch(CentreGroups.coordinator(centre.id())::equals);
      if (!hers) {
        engine.getTaskService().complete(task.getId(), filled);
        continue;
      }
      identity.setAuthentication(TOVE, List.of(CentreGroups.coordinator(centre.id()), CentreIdentity.STAFF_GROUP),
          List.of("jamtland"));
      try {
        engine.getTaskService().claim(task.getId(), TOVE);
        engine.getTaskService().complete(task.getId(), filled);
      } finally {
        identity.clearAuthentication();
      }
    }
    year.runUntil(at);
  }

  private String overviewOf(Centre centre) {
    CountyOverview.Table table = overview.table("jamtland", 2027, null, null);
    return table.activities() + " " + table.rows().stream().filter(row -> row.centre().id().equals(centre.id()))
        .toList();
  }

  private List<String> completed(Centre centre) {
    List<String> lines = new ArrayList<>();
    for (int year : new int[] {2026, 2027}) {
      years.activities(years.instance(centre.id(), year).orElseThrow(), year).stream()
          .map(ActivityView::completed).filter(line -> !line.isEmpty()).forEach(lines::add);
    }
    return lines;
  }

  private static String pseudonymised(String text) {
    return text.replace(TOVE_EMAIL, "en samordnare").replace(TOVE_NAME, "en samordnare");
  }

  private long count(String sql, String value) {
    return jdbc.sql(sql).param(value).query(Long.class).single();
  }

  private static void setClock(String stockholm) {
    ClockUtil.setCurrentTime(Date.from(YearDriver.stockholm(stockholm)));
  }

  /**
   * Where any of the texts occurs (case ignored): the rows of each column, of every text and byte column (decoded as
   * UTF-8) of every table of the database's schema, read from INFORMATION_SCHEMA (H2 and PostgreSQL alike).
   */
  private Map<String, Integer> whereFound(String... texts) {
    Map<String, Integer> found = new TreeMap<>();
    List<String[]> columns = jdbc.sql("SELECT c.TABLE_NAME, c.COLUMN_NAME, c.DATA_TYPE FROM INFORMATION_SCHEMA.COLUMNS c "
            + "JOIN INFORMATION_SCHEMA.TABLES t ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME "
            + "WHERE c.TABLE_SCHEMA = CURRENT_SCHEMA AND t.TABLE_TYPE = 'BASE TABLE'")
        .query((row, i) -> new String[] {row.getString(1), row.getString(2), row.getString(3).toLowerCase(Locale.ROOT)})
        .list();
    assertThat(columns).as("the columns of the schema").hasSizeGreaterThan(300);
    for (String[] column : columns) {
      String where = "\"" + column[0] + "\".\"" + column[1] + "\"";
      String name = column[0].toUpperCase(Locale.ROOT) + "." + column[1].toUpperCase(Locale.ROOT);
      boolean text = column[2].contains("char") || column[2].contains("text") || column[2].contains("clob");
      boolean bytes = column[2].contains("binary") || column[2].contains("blob") || column[2].contains("bytea");
      int rows = 0;
      if (text) {
        for (String needle : texts) {
          rows += jdbc.sql("SELECT COUNT(*) FROM \"" + column[0] + "\" WHERE LOWER(" + where + ") LIKE ?")
              .param("%" + needle.toLowerCase(Locale.ROOT) + "%").query(Integer.class).single();
        }
      } else if (bytes) {
        for (byte[] value : jdbc.sql("SELECT " + where + " FROM \"" + column[0] + "\" WHERE " + where
            + " IS NOT NULL").query((row, i) -> row.getBytes(1)).list()) {
          String decoded = new String(value, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
          for (String needle : texts) {
            rows += decoded.contains(needle.toLowerCase(Locale.ROOT)) ? 1 : 0;
          }
        }
      }
      if (rows > 0) {
        found.put(name, rows);
      }
    }
    return found;
  }
}
