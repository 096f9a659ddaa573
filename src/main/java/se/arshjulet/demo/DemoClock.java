package se.arshjulet.demo;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The simulated clock the demo's past is built on. Camunda's {@link ClockUtil} is one clock for the whole JVM, the
 * live engine included, so while it is moved the product must not serve anyone ({@link DemoClockGate}): the web
 * server is already listening when the past is built (the job executor is not started yet). {@link #reset()} puts
 * back what the clock showed before: the system's time, or the fixed time a drill had set (which the demo's past
 * was built up to).
 */
@Component
@Profile("demo")
public class DemoClock {

  /** A clock further than this from the system's was set by someone, and is set back to where it stood. */
  private static final long SYSTEM_TOLERANCE_MILLIS = 1_000;

  private volatile boolean moved;
  private Date before;

  public synchronized void moveTo(Instant at) {
    if (!moved) {
      Date now = ClockUtil.getCurrentTime();
      before = Math.abs(now.getTime() - System.currentTimeMillis()) > SYSTEM_TOLERANCE_MILLIS ? now : null;
    }
    moved = true;
    ClockUtil.setCurrentTime(Date.from(at));
  }

  public synchronized void reset() {
    if (before != null) {
      ClockUtil.setCurrentTime(before);
    } else {
      ClockUtil.reset();
    }
    before = null;
    moved = false;
  }

  /** Whether the clock shows a simulated time now. */
  public boolean moved() {
    return moved;
  }
}
