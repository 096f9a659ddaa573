package se.arshjulet.survey;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import se.arshjulet.settings.Settings;

/**
 * Answers beyond a sane rate are refused: per source (the client's address, held in memory for the window only,
 * never stored) and per centre, each a number of answers per ten minutes. Refusals are counted per centre. Each answer
 * also needs a page view of its own ({@link SurveyTokens}), so the limit per source is a backstop against scripts,
 * set high enough for the parents of a busy morning behind one address.
 */
@Component
public class SurveyThrottle {

  private static final long WINDOW_MILLIS = 10 * 60 * 1000L;

  private final int perSource;
  private final int perCentre;
  private final Map<String, Deque<Long>> bySource = new ConcurrentHashMap<>();
  private final Map<String, Deque<Long>> byCentre = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> refused = new ConcurrentHashMap<>();
  private final SurveyClock clock;

  public SurveyThrottle(Settings settings, SurveyClock clock) {
    this.perSource = settings.survey().answersPerSource();
    this.perCentre = settings.survey().answersPerCentre();
    this.clock = clock;
  }

  /** Takes one answer's place, or says no (and counts the refusal). */
  public boolean admit(String source, String centreId) {
    long now = clock.millis();
    boolean admitted;
    synchronized (this) {
      Deque<Long> fromSource = recent(bySource, source, now);
      Deque<Long> toCentre = recent(byCentre, centreId, now);
      admitted = fromSource.size() < perSource && toCentre.size() < perCentre;
      if (admitted) {
        fromSource.addLast(now);
        toCentre.addLast(now);
      }
      if (bySource.size() > 10_000) {
        bySource.values().removeIf(times -> times.isEmpty() || times.peekLast() < now - WINDOW_MILLIS);
      }
    }
    if (!admitted) {
      refused.computeIfAbsent(centreId, id -> new AtomicLong()).incrementAndGet();
    }
    return admitted;
  }

  public long refusedFor(String centreId) {
    AtomicLong count = refused.get(centreId);
    return count == null ? 0 : count.get();
  }

  private static Deque<Long> recent(Map<String, Deque<Long>> all, String key, long now) {
    Deque<Long> times = all.computeIfAbsent(key, k -> new ArrayDeque<>());
    while (!times.isEmpty() && times.peekFirst() < now - WINDOW_MILLIS) {
      times.removeFirst();
    }
    return times;
  }
}
