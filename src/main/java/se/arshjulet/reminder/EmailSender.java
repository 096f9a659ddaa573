package se.arshjulet.reminder;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends emails of the outbox over SMTP, as plain text and HTML, several over one connection. Failures propagate
 * (the job retries); {@link #send(List, Consumer)} tells which of a batch went out before that. Counts what went out
 * ({@code arshjulet.emails.sent}) and every attempt that failed ({@code arshjulet.emails.failed}).
 */
@Component
public class EmailSender {

  private final JavaMailSender mail;
  private final MailSettings settings;
  private final Counter sentCount;
  private final Counter failedCount;

  public EmailSender(JavaMailSender mail, MailSettings settings, MeterRegistry meters) {
    this.mail = mail;
    this.settings = settings;
    this.sentCount = Counter.builder("arshjulet.emails.sent")
        .description("Emails the SMTP server accepted").register(meters);
    this.failedCount = Counter.builder("arshjulet.emails.failed")
        .description("Attempts to send an email that failed (each retry counts again)").register(meters);
  }

  /** Sends a batch over one connection; each email that went out is handed to {@code sent}, even when others fail. */
  public void send(List<Outbox.Email> emails, Consumer<Outbox.Email> sent) {
    if (emails.isEmpty()) {
      return;
    }
    Map<MimeMessage, Outbox.Email> messages = new LinkedHashMap<>();
    emails.forEach(email -> messages.put(message(email), email));
    try {
      mail.send(messages.keySet().toArray(MimeMessage[]::new));
      emails.forEach(sent);
      sentCount.increment(emails.size());
    } catch (MailSendException e) {
      Set<Object> failed = e.getFailedMessages().keySet();
      messages.forEach((message, email) -> {
        if (!failed.contains(message)) {
          sent.accept(email);
          sentCount.increment();
        } else {
          failedCount.increment();
        }
      });
      throw e;
    } catch (MailException e) { // e.g. the SMTP server refused the login: nothing went out
      failedCount.increment(emails.size());
      throw e;
    }
  }

  private MimeMessage message(Outbox.Email email) {
    MimeMessage message = mail.createMimeMessage();
    try {
      MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
      helper.setFrom(settings.from(), "Årshjulet");
      helper.setTo(email.recipient());
      helper.setSubject(email.subject());
      helper.setText(email.text(), email.html());
      message.setHeader("X-Arshjulet-Key", email.dedupKey());
    } catch (MessagingException | java.io.UnsupportedEncodingException e) {
      throw new MailSendException("Cannot write the email " + email.dedupKey(), e);
    }
    return message;
  }
}
