package se.arshjulet.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.Job;
import se.arshjulet.deployment.MailScheduleDeployer;

/**
 * A county of its own for one email test: the Jämtland wheel deployed under a fresh tenant. Runs the national mail
 * schedule's jobs as the job executor would; {@link EngineTest} ends every test's wheels, so that a sweep sees only
 * the running test's centres.
 */
public class MailCounty {

  public static final String SCHEDULE_KEY = MailScheduleDeployer.SCHEDULE_KEY;

  private final ProcessEngine engine;
  private final String county;

  public MailCounty(ProcessEngine engine, String county) {
    this(engine, county, true);
  }

  /** A county deployed before (e.g. before a restart). */
  public static MailCounty existing(ProcessEngine engine, String county) {
    return new MailCounty(engine, county, false);
  }

  private MailCounty(ProcessEngine engine, String county, boolean deploy) {
    this.engine = engine;
    this.county = county;
    if (deploy) {
      deploy();
    }
  }

  private void deploy() {
    DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().tenantId(county).name(county);
    try (Stream<Path> files = Files.list(Path.of("processes", "jamtland"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
        deployment.addString(file.getFileName().toString(), Files.readString(file));
      }
      try (Stream<Path> forms = Files.list(Path.of("forms"))) {
        for (Path form : forms.filter(f -> f.toString().endsWith(".form")).toList()) {
          deployment.addString(form.getFileName().toString(), Files.readString(form));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    deployment.deploy();
  }

  public String id() {
    return county;
  }

  /**
   * Fires the national schedule's timer at the given Stockholm local time and runs the jobs that follow (planning,
   * sending, the check of missing recipients) until none is due; throws what a failing one throws.
   */
  public void sweepAt(String localDateTime) {
    ClockUtil.setCurrentTime(Date.from(YearDriver.stockholm(localDateTime)));
    Job timer = engine.getManagementService().createJobQuery().processDefinitionKey(SCHEDULE_KEY)
        .withoutTenantId().timers().singleResult();
    engine.getManagementService().executeJob(timer.getId());
    for (List<Job> due = dueSendingJobs(); !due.isEmpty(); due = dueSendingJobs()) {
      due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
  }

  /** A failed job waits ten minutes for its retry: it is not due again in the same sweep. */
  private List<Job> dueSendingJobs() {
    return engine.getManagementService().createJobQuery().processDefinitionKey(SCHEDULE_KEY).withoutTenantId()
        .messages().executable().list();
  }

  public void sweepAt(Instant at) {
    sweepAt(java.time.LocalDateTime.ofInstant(at, se.arshjulet.calendar.WorkingDayCalendar.ZONE).toString());
  }

  /** The sending jobs waiting (a failed one stays, with fewer retries). */
  public List<Job> sendingJobs() {
    return engine.getManagementService().createJobQuery().processDefinitionKey(SCHEDULE_KEY).withoutTenantId()
        .messages().list();
  }
}
