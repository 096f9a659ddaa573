package se.arshjulet.drill;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import se.arshjulet.ArshjuletApplication;
import se.arshjulet.centre.Centre;
import se.arshjulet.centre.CentreRegistry;
import se.arshjulet.centre.StaffMember;
import se.arshjulet.support.Databases;
import se.arshjulet.support.MailCounty;
import se.arshjulet.support.TestProcesses;
import se.arshjulet.support.TestSmtp;
import se.arshjulet.support.YearDriver;
import se.arshjulet.survey.SurveyAnswers;
import se.arshjulet.survey.SurveySubmission;
import se.arshjulet.wheel.WheelInstances;

/**
 * Backup mid-year while the product runs (H2's online backup, {@code POST /api/drift/sakerhetskopia}), the database
 * lost, restored from the backup on a fresh node: the year goes on, no task lost, no email sent twice, no survey
 * answer lost.
 */
class BackupRestoreDrill {

  static {
    TestProcesses.prepare();
    TestSmtp.all();
  }

  private ConfigurableApplicationContext running;

  @AfterEach
  void stop() {
    if (running != null) {
      running.close();
    }
    ClockUtil.reset();
  }

  private ProcessEngine start(Map<String, Object> database, Path backups) {
    running = new SpringApplicationBuilder(ArshjuletApplication.class).profiles("test")
        .run(Databases.arguments(database, "--server.port=0", "--arshjulet.backup.directory=" + backups));
    return running.getBean(ProcessEngine.class);
  }

  @Test
  void aBackupTakenMidYearRestoresOnAFreshNodeAndTheYearGoesOn() throws Exception {
    Map<String, Object> database = Databases.freshH2File("backup");
    Path backups = Path.of("target", "drills", "backups").toAbsolutePath();
    ProcessEngine engine = start(database, backups);
    MailCounty county = new MailCounty(engine, "backup-lan");
    Centre centre = new Centre("backup-fc", "Familjecentralen Backup", "Östersund", county.id(), Centre.Kind.FC,
        false, LocalDate.of(2020, 1, 1), List.of(new StaffMember("backup-fc.c", "Sam Ordnare",
        "backup-fc.c@test.example", StaffMember.Role.COORDINATOR, null)));
    running.getBean(CentreRegistry.class).register(List.of(centre));
    ProcessInstance instance = running.getBean(WheelInstances.class).startYear(centre, 2026).orElseThrow();
    new YearDriver(engine, instance).complete("self-reflection-january", "2026-01-20T10:00")
        .complete("wheel-review", "2026-01-20T10:00").runUntil("2026-02-20T07:59");
    county.sweepAt("2026-02-20T08:00");
    String coordinator = "backup-fc.c@test.example";
    assertThat(TestSmtp.to(coordinator)).hasSize(1);
    running.getBean(SurveyAnswers.class).save(centre.id(), 2025, LocalDate.of(2025, 11, 5),
        new SurveySubmission("sv", Map.of(), "Bra träffar på fredagar.", null));
    Set<String> tasksBefore = YearDriver.openTasks(engine, instance.getId());
    String port = running.getEnvironment().getProperty("local.server.port");

    ResponseEntity<Map> backup = new TestRestTemplate().withBasicAuth("admin", "Test-Hjulet-2026!")
        .postForEntity("http://localhost:" + port + "/api/drift/sakerhetskopia", null, Map.class);

    assertThat(backup.getStatusCode()).isEqualTo(HttpStatus.OK);
    Path zip = Path.of((String) backup.getBody().get("file"));
    running.close();
    running = null;
    String file = ((String) database.get("spring.datasource.url")).replaceFirst("jdbc:h2:file:", "")
        .replaceFirst(";.*", "") + ".mv.db";
    Files.delete(Path.of(file));
    restore(zip, Path.of(file));

    ProcessEngine restored = start(database, backups);

    assertThat(YearDriver.openTasks(restored, instance.getId())).isEqualTo(tasksBefore);
    MailCounty sameCounty = MailCounty.existing(restored, county.id());
    sameCounty.sweepAt("2026-02-20T08:00");
    assertThat(TestSmtp.to(coordinator)).as("the email of the backup's day is not sent again").hasSize(1);
    assertThat(running.getBean(SurveyAnswers.class).quotes(centre.id(), 2025)).extracting(SurveyAnswers.Quote::text)
        .containsExactly("Bra träffar på fredagar.");
    YearDriver after = new YearDriver(restored, restored.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(instance.getId()).singleResult());
    after.runUntil("2026-02-27T07:59");
    sameCounty.sweepAt("2026-02-27T08:00");
    assertThat(TestSmtp.to(coordinator)).hasSize(2);
    after.complete("annual-report", "2026-02-27T12:00").runUntil("2026-03-02T08:00");
    assertThat(after.openKeys()).contains("annual-report-compile", "joint-plan-approval");
  }

  /** The backup's database file put where the lost one was (H2's zip holds the one file). */
  private static void restore(Path zip, Path databaseFile) throws IOException {
    try (ZipInputStream entries = new ZipInputStream(Files.newInputStream(zip))) {
      ZipEntry entry = entries.getNextEntry();
      assertThat(entry.getName()).endsWith(".mv.db");
      Files.copy((InputStream) entries, databaseFile, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
