package se.arshjulet.deployment;

import java.io.ByteArrayInputStream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.arshjulet.settings.WheelFiles;

/**
 * Deploys the national mail schedule ({@code processes/utskick.bpmn}) once for all counties, as a shared definition
 * (no tenant), and stops the county mail schedules of earlier versions: their timers are deleted, so that only the
 * national one sweeps.
 */
@Component
public class MailScheduleDeployer {

  public static final String SCHEDULE_KEY = "arshjul-utskick";

  private static final Logger log = LoggerFactory.getLogger(MailScheduleDeployer.class);

  private final RepositoryService repositoryService;
  private final ManagementService managementService;
  private final WheelFiles files;

  public MailScheduleDeployer(RepositoryService repositoryService, ManagementService managementService,
                              WheelFiles files) {
    this.repositoryService = repositoryService;
    this.managementService = managementService;
    this.files = files;
  }

  @EventListener
  @Order(1)
  public void deploy(PostDeployEvent event) {
    repositoryService.createDeployment().name(SCHEDULE_KEY).source(files.processesDir().toString())
        .enableDuplicateFiltering(false)
        .addInputStream(WheelFiles.MAIL_SCHEDULE, new ByteArrayInputStream(WheelFiles.read(files.mailSchedule())))
        .deploy();
    retireCountySchedules();
  }

  /** Deletes the timers of mail schedules deployed for one county (before the national schedule). */
  private void retireCountySchedules() {
    for (Job timer : managementService.createJobQuery().processDefinitionKey(SCHEDULE_KEY).timers().list()) {
      if (timer.getTenantId() != null) {
        ProcessDefinition definition = repositoryService.getProcessDefinition(timer.getProcessDefinitionId());
        managementService.deleteJob(timer.getId());
        log.info("The mail schedule of {} (version {}) is stopped: the national schedule sends its emails",
            timer.getTenantId(), definition.getVersion());
      }
    }
  }
}
