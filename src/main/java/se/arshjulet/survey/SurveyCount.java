package se.arshjulet.survey;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.arshjulet.wheel.CentreYears;

/**
 * The count of answers the survey task's form shows ({@code antalSvarEnkat} on the centre-year): written a moment
 * after answers arrive, once for a burst of them, from one thread, so that answers never wait for the engine.
 */
@Component
public class SurveyCount {

  public static final String VARIABLE = "antalSvarEnkat";
  private static final Logger log = LoggerFactory.getLogger(SurveyCount.class);

  private final SurveyAnswers answers;
  private final CentreYears centreYears;
  private final RuntimeService runtime;
  private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(task -> {
    Thread thread = new Thread(task, "survey-count");
    thread.setDaemon(true);
    return thread;
  });
  private final Set<String> pending = ConcurrentHashMap.newKeySet();

  public SurveyCount(SurveyAnswers answers, CentreYears centreYears, RuntimeService runtime) {
    this.answers = answers;
    this.centreYears = centreYears;
    this.runtime = runtime;
  }

  public void answered(String centreId, int year) {
    if (pending.add(centreId + ":" + year)) {
      writer.schedule(() -> {
        pending.remove(centreId + ":" + year);
        writeNow(centreId, year);
      }, 2, TimeUnit.SECONDS);
    }
  }

  /** Writes the count at once (the tests, and the delayed write). */
  public void writeNow(String centreId, int year) {
    centreYears.find(centreId, year).filter(instance -> instance.getEndTime() == null).ifPresent(instance -> {
      for (int attempt = 1; attempt <= 3; attempt++) {
        try {
          runtime.setVariable(instance.getId(), VARIABLE, answers.count(centreId, year));
          return;
        } catch (OptimisticLockingException busy) {
          log.debug("The survey count of {} waits for the engine (attempt {})", centreId, attempt);
        }
      }
    });
  }
}
