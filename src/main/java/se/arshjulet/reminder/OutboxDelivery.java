package se.arshjulet.reminder;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.mail.MailSendException;
import org.springframework.stereotype.Component;
import se.arshjulet.settings.Settings;

/**
 * The service task "Skicka påminnelser och sammanfattningar" of the national mail schedule
 * ({@code ${outboxDelivery}}), a job of its own after planning: sends what the outbox holds unsent, over a small pool
 * of SMTP connections in parallel ({@code arshjulet.mail.connections}). When SMTP fails the job is retried, without
 * planning again, and finally becomes an incident; what was sent stays sent. Each connection claims a few emails at a
 * time, so that two nodes never send the same one, marks each sent when the server accepted it, and gives back the
 * claims of those it could not send.
 */
@Component("outboxDelivery")
public class OutboxDelivery implements JavaDelegate {

  /** Emails a connection claims at a time; a claim is kept short, a slow server cannot outlast it. */
  private static final int CLAIM_SIZE = 50;
  /** How long a claimed email is this connection's alone; after a crash it goes with a later sending. */
  private static final Duration CLAIM = Duration.ofMinutes(10);
  /** Fewer emails than this per connection are not worth another connection. */
  private static final int EMAILS_PER_CONNECTION = 20;

  private final Outbox outbox;
  private final EmailSender sender;
  private final int connections;
  private final ExecutorService pool;
  private final Timer delivering;

  public OutboxDelivery(Outbox outbox, EmailSender sender, Settings settings, MeterRegistry meters) {
    this.delivering = Timer.builder("arshjulet.emails.delivery")
        .description("Time spent sending the outbox's unsent emails over SMTP").register(meters);
    this.outbox = outbox;
    this.sender = sender;
    this.connections = settings.mail().connections();
    AtomicInteger number = new AtomicInteger();
    this.pool = Executors.newFixedThreadPool(connections, task -> {
      Thread thread = new Thread(task, "smtp-" + number.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }

  @Override
  public void execute(DelegateExecution execution) {
    deliverUnsent();
  }

  /** Sends every unsent email; fails (for the job's retry) when any could not go out, after trying all. */
  public void deliverUnsent() {
    List<Outbox.Email> unsent = outbox.unsent();
    if (!unsent.isEmpty()) {
      delivering.record(() -> deliver(unsent));
    }
  }

  private void deliver(List<Outbox.Email> unsent) {
    int used = Math.max(1, Math.min(connections, unsent.size() / EMAILS_PER_CONNECTION));
    List<Future<?>> running = new ArrayList<>();
    for (int connection = 0; connection < used; connection++) {
      List<Outbox.Email> share = new ArrayList<>();
      for (int i = connection; i < unsent.size(); i += used) {
        share.add(unsent.get(i));
      }
      running.add(pool.submit(() -> deliverShare(share)));
    }
    MailSendException failed = null;
    for (Future<?> connection : running) {
      try {
        connection.get();
      } catch (ExecutionException e) {
        RuntimeException cause = e.getCause() instanceof RuntimeException runtime ? runtime
            : new IllegalStateException(e.getCause());
        if (failed == null) {
          failed = cause instanceof MailSendException mailFailure ? mailFailure
              : new MailSendException("Sending emails failed", cause);
        } else {
          failed.addSuppressed(cause);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new MailSendException("Interrupted while sending emails", e);
      }
    }
    if (failed != null) {
      throw failed;
    }
  }

  /** One connection's share: claimed a few at a time, each marked sent on acceptance. */
  private void deliverShare(List<Outbox.Email> share) {
    try (EmailSender.Connection connection = connectOrCount(share.size())) {
      for (int from = 0; from < share.size(); from += CLAIM_SIZE) {
        int to = Math.min(share.size(), from + CLAIM_SIZE);
        Instant now = ClockUtil.getCurrentTime().toInstant();
        try {
          sendClaimed(connection, outbox.claim(share.subList(from, to), now, now.plus(CLAIM)));
        } catch (MailSendException e) {
          sender.countFailed(share.size() - to); // the rest of the share is not tried
          throw e;
        }
      }
    }
  }

  /** Sends the claimed emails; fails after the last one when any did not go out, their claims given back. */
  private void sendClaimed(EmailSender.Connection connection, List<Outbox.Email> claimed) {
    MailSendException failed = null;
    List<String> notSent = new ArrayList<>();
    for (Outbox.Email email : claimed) {
      if (failed != null && !connection.isOpen()) {
        notSent.add(email.id());
        sender.countFailed(1);
        continue;
      }
      try {
        connection.send(email, () -> outbox.markSent(email.id(), ClockUtil.getCurrentTime().toInstant()));
      } catch (MailSendException e) { // counted by the sender
        notSent.add(email.id());
        failed = failed == null ? e : failed;
      }
    }
    if (failed != null) {
      outbox.release(notSent);
      throw failed;
    }
  }

  private EmailSender.Connection connectOrCount(int emails) {
    try {
      return sender.connect();
    } catch (MailSendException e) {
      sender.countFailed(emails);
      throw e;
    }
  }

  @PreDestroy
  void stop() {
    pool.shutdownNow();
  }
}
