package se.arshjulet.operations;

import jakarta.mail.MessagingException;
import java.time.Duration;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import se.arshjulet.reminder.Outbox;
import se.arshjulet.settings.Settings;

/**
 * The health component {@code mail} (in place of Spring Boot's, which would report the whole node DOWN while SMTP is
 * unreachable). SMTP trouble delays emails but loses none (the outbox keeps them), and restarting the node or taking
 * it out of the load balancer would not help: so this component says {@link #DEGRADED}, a status ranked below UP
 * ({@code management.endpoint.health.status.order}), and the node stays UP and ready. Its details say whether the SMTP
 * server answers, and how many emails wait in the outbox and for how long.
 */
@Component("mailHealthIndicator")
public class MailHealth implements HealthIndicator {

  public static final Status DEGRADED = new Status("DEGRADED");
  /** An email unsent for longer has outlived the sending job's retries (R5/PT10M): look for the incident in Cockpit. */
  static final Duration STALE = Duration.ofHours(1);

  private final Outbox outbox;
  private final String server;
  private final Cached<Optional<String>> smtpProblem;

  public MailHealth(JavaMailSenderImpl smtp, Outbox outbox,
                    Settings settings) {
    Duration cacheTime = settings.operations().cacheTime();
    this.outbox = outbox;
    this.server = smtp.getHost() + ":" + smtp.getPort();
    this.smtpProblem = new Cached<>(cacheTime, () -> problemOf(smtp));
  }

  @Override
  public Health health() {
    Optional<String> problem = smtpProblem.get();
    Outbox.Backlog backlog = outbox.backlog();
    long waited = backlog.oldestAgeSeconds(ClockUtil.getCurrentTime().toInstant());
    Health.Builder health = problem.isEmpty() && waited < STALE.toSeconds() ? Health.up() : Health.status(DEGRADED);
    health.withDetail("smtpServer", server).withDetail("smtpReachable", problem.isEmpty());
    problem.ifPresent(error -> health.withDetail("smtpError", error));
    return health.withDetail("unsentEmails", backlog.unsent()).withDetail("oldestUnsentAgeSeconds", waited).build();
  }

  private static Optional<String> problemOf(JavaMailSenderImpl smtp) {
    try {
      smtp.testConnection();
      return Optional.empty();
    } catch (MessagingException e) {
      return Optional.of(String.valueOf(e.getMessage()));
    }
  }
}
