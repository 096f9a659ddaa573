package se.arshjulet.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The demo's clock puts back what the clock showed before it built the past. */
class DemoClockTest {

  private final DemoClock clock = new DemoClock();

  @AfterEach
  void systemClock() {
    ClockUtil.reset();
  }

  @Test
  void aClockThatADrillSetIsSetBackToItsTimeNotToTheSystems() {
    Instant drillsToday = Instant.parse("2026-11-27T08:00:00Z");
    ClockUtil.setCurrentTime(Date.from(drillsToday));

    clock.moveTo(Instant.parse("2025-01-01T00:00:00Z"));
    clock.moveTo(Instant.parse("2026-05-04T10:00:00Z"));
    assertThat(clock.moved()).isTrue();
    clock.reset();

    assertThat(clock.moved()).isFalse();
    assertThat(ClockUtil.getCurrentTime().toInstant()).isEqualTo(drillsToday);
  }

  @Test
  void theSystemClockIsSetBackToTheSystems() {
    clock.moveTo(Instant.parse("2025-01-01T00:00:00Z"));
    clock.reset();

    assertThat(Math.abs(ClockUtil.getCurrentTime().getTime() - System.currentTimeMillis())).isLessThan(1_000);
  }
}
