package se.arshjulet.survey;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * The time the survey's in-memory guards (answer tokens, throttle) go by: the system's, not the engine's (Camunda's
 * clock is moved by the demo and by tests, and a token must not turn young again). Tests move it forward, never back,
 * instead of sleeping; the product never moves it.
 */
@Component
public class SurveyClock {

  private final AtomicLong offset = new AtomicLong();
  private volatile long stepMillis;

  public long millis() {
    return System.currentTimeMillis() + (stepMillis == 0 ? offset.get() : offset.addAndGet(stepMillis));
  }

  /** Tests: moves this clock forward (a negative amount is refused: what is stamped must not lie ahead). */
  public void advance(Duration amount) {
    if (amount.isNegative()) {
      throw new IllegalArgumentException("The survey clock only moves forward: " + amount);
    }
    offset.addAndGet(amount.toMillis());
  }

  /**
   * Tests: moves this clock forward by {@code step} each time it is read, so that an outside caller (a browser) that
   * shows a page and answers it in a second seems to take its time; {@link Duration#ZERO} stops it.
   */
  public void stepEveryRead(Duration step) {
    if (step.isNegative()) {
      throw new IllegalArgumentException("The survey clock only moves forward: " + step);
    }
    stepMillis = step.toMillis();
  }
}
