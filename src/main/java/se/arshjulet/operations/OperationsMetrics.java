package se.arshjulet.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.arshjulet.centre.Centre;
import se.arshjulet.centre.CentreRepository;
import se.arshjulet.centre.CentresRegistered;
import se.arshjulet.reminder.Outbox;
import se.arshjulet.settings.Settings;

/**
 * The product's gauges on {@code /actuator/prometheus} (what each means: README, "Running it in production"). Each
 * reads the database through a {@link Cached} query shared by the gauges it feeds, so a scrape costs at most four
 * queries per {@code arshjulet.operations.cache-time}. The task gauges are per county of the registry, registered at
 * start-up and when an import brings a new county.
 */
@Component
public class OperationsMetrics {

  private final MeterRegistry registry;
  private final CentreRepository centres;
  private final Supplier<Map<String, OperationsCounts.Tasks>> tasks;
  private final Set<String> counties = ConcurrentHashMap.newKeySet();

  public OperationsMetrics(MeterRegistry registry, OperationsCounts counts, Outbox outbox, CentreRepository centres,
                           Settings settings) {
    Duration cacheTime = settings.operations().cacheTime();
    this.registry = registry;
    this.centres = centres;
    this.tasks = new Cached<>(cacheTime, () -> counts.tasksByCounty(now()));
    Supplier<Outbox.Backlog> backlog = new Cached<>(cacheTime, outbox::backlog);
    Supplier<Long> incidents = new Cached<>(cacheTime, counts::openIncidents);
    Supplier<Long> dueJobs = new Cached<>(cacheTime, counts::dueJobs);
    Gauge.builder("arshjulet.outbox.unsent", () -> backlog.get().unsent())
        .description("Emails in the outbox that have not gone out").register(registry);
    Gauge.builder("arshjulet.outbox.oldest.unsent.age", () -> backlog.get().oldestAgeSeconds(now()))
        .baseUnit("seconds").description("How long the oldest unsent email of the outbox has waited")
        .register(registry);
    Gauge.builder("arshjulet.incidents.open", incidents::get)
        .description("Open Camunda incidents (jobs whose retries ran out)").register(registry);
    Gauge.builder("arshjulet.jobs.due", dueJobs::get)
        .description("Jobs due (due date passed, retries left, not suspended) that no job executor has done yet")
        .register(registry);
  }

  @EventListener(ApplicationReadyEvent.class)
  public void registerCounties() {
    centres.counties().forEach(this::registerCounty);
  }

  @EventListener
  public void whenRegistered(CentresRegistered event) {
    event.centres().stream().map(Centre::county).distinct().forEach(this::registerCounty);
  }

  private void registerCounty(String county) {
    if (!counties.add(county)) {
      return;
    }
    Gauge.builder("arshjulet.tasks.open", () -> ofCounty(county).open()).tag("county", county)
        .description("Open wheel tasks of the county's centres").register(registry);
    Gauge.builder("arshjulet.tasks.overdue", () -> ofCounty(county).overdue()).tag("county", county)
        .description("Open wheel tasks of the county's centres whose due date has passed").register(registry);
  }

  private OperationsCounts.Tasks ofCounty(String county) {
    return tasks.get().getOrDefault(county, OperationsCounts.Tasks.NONE);
  }

  /** The engine's time (a test moves it). */
  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
