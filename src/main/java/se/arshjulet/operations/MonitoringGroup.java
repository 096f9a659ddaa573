package se.arshjulet.operations;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The Camunda group whose members may read the metrics ({@code /actuator/prometheus}, {@code /actuator/metrics}) and
 * nothing else: no webapp, no task, no centre. The account Prometheus scrapes with belongs here, not to
 * {@code camunda-admin}, so that the password on the monitoring server opens no administration.
 */
@Component
public class MonitoringGroup {

  public static final String ID = "arshjulet-monitoring";

  private final IdentityService identity;

  public MonitoringGroup(IdentityService identity) {
    this.identity = identity;
  }

  @EventListener
  public void ensure(PostDeployEvent event) {
    if (identity.createGroupQuery().groupId(ID).count() == 0) {
      Group group = identity.newGroup(ID);
      group.setName("Övervakning (mätvärden)");
      group.setType("SYSTEM");
      identity.saveGroup(group);
    }
  }
}
