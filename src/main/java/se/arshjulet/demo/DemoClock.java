package se.arshjulet.demo;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The simulated clock the demo's past is built on. Camunda's {@link ClockUtil} is one clock for the whole JVM, the
 * live engine included, so while it is moved the product must not serve anyone ({@link DemoClockGate}): the web
 * server is already listening when the past is built (the job executor is not started yet).
 */
@Component
@Profile("demo")
public class DemoClock {

  private volatile boolean moved;

  public void moveTo(Instant at) {
    moved = true;
    ClockUtil.setCurrentTime(Date.from(at));
  }

  public void reset() {
    ClockUtil.reset();
    moved = false;
  }

  /** Whether the clock shows a simulated time now. */
  public boolean moved() {
    return moved;
  }
}
