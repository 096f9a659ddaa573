package se.arshjulet.wheel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.arshjulet.calendar.WorkingDayCalendar;
import se.arshjulet.support.EngineTest;

/** The current and the coming year run for every active centre, once. */
class WheelYearStarterTest extends EngineTest {

  @Autowired
  WheelYearStarter starter;

  @Test
  void everyDemoCentreRunsTheCurrentAndTheComingYearExactlyOnce() {
    int thisYear = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), WorkingDayCalendar.ZONE).getYear();
    starter.startCurrentAndComingYear();
    starter.startCurrentAndComingYear();

    for (String centre : new String[] {"ostersund-lugnvik", "krokom-familjecentral", "are-familjecentral",
        "stromsund-familjecentral"}) {
      for (int year : new int[] {thisYear, thisYear + 1}) {
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(WheelInstances.businessKey(centre, year)).list())
            .as("%s:%d", centre, year)
            .singleElement()
            .satisfies(instance -> assertThat(instance.getTenantId()).isEqualTo("jamtland"));
      }
    }
  }
}
