package se.arshjulet.wheel;

import java.util.List;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.arshjulet.calendar.Today;
import se.arshjulet.centre.Centre;
import se.arshjulet.centre.CentreRepository;
import se.arshjulet.centre.CentresRegistered;

/**
 * Keeps the current and the coming year running for every active centre: at start-up and every night, so that a new
 * year and a newly registered centre are picked up. Idempotent.
 */
@Component
public class WheelYearStarter {

  private final CentreRepository centres;
  private final WheelInstances instances;

  public WheelYearStarter(CentreRepository centres, WheelInstances instances) {
    this.centres = centres;
    this.instances = instances;
  }

  @EventListener
  @Order(10)
  public void atStartUp(PostDeployEvent event) {
    startCurrentAndComingYear();
  }

  /** A centre registered while the product runs starts its years at once. */
  @EventListener
  public void whenRegistered(CentresRegistered event) {
    startYears(event.centres());
  }

  @Scheduled(cron = "0 30 0 * * *", zone = "Europe/Stockholm")
  public void startCurrentAndComingYear() {
    startYears(centres.findActive());
  }

  private void startYears(List<Centre> candidates) {
    int year = currentYear();
    candidates.stream().filter(Centre::active).forEach(centre -> {
      instances.startYear(centre, year);
      instances.startYear(centre, year + 1);
    });
  }

  private static int currentYear() {
    return Today.year();
  }
}
