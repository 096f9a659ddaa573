package se.arshjulet.wheel;

import java.time.LocalDate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.arshjulet.calendar.WorkingDayCalendar;
import se.arshjulet.centre.CentreRepository;

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

  @Scheduled(cron = "0 30 0 * * *", zone = "Europe/Stockholm")
  public void startCurrentAndComingYear() {
    int year = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), WorkingDayCalendar.ZONE).getYear();
    centres.findActive().forEach(centre -> {
      instances.startYear(centre, year);
      instances.startYear(centre, year + 1);
    });
  }
}
