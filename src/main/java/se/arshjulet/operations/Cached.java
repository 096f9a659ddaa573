package se.arshjulet.operations;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A value read again at most once per time to live (zero: at every call), so that a Prometheus scrape or a health
 * check every few seconds costs the database one query now and then, not one per call.
 */
final class Cached<T> implements Supplier<T> {

  private final Duration timeToLive;
  private final Supplier<T> read;
  private T value;
  private long readAt;

  Cached(Duration timeToLive, Supplier<T> read) {
    this.timeToLive = timeToLive;
    this.read = read;
  }

  @Override
  public synchronized T get() {
    long now = System.nanoTime();
    if (value == null || now - readAt >= timeToLive.toNanos()) {
      value = read.get();
      readAt = now;
    }
    return value;
  }
}
