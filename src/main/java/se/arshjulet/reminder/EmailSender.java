package se.arshjulet.reminder;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends emails of the outbox over SMTP, as plain text and HTML, several over one connection. Failures propagate
 * (the job retries); {@link #send(List, Consumer)} tells which of a batch went out before that.
 */
@Component
public class EmailSender {

  private final JavaMailSender mail;
  private final MailSettings settings;

  public EmailSender(JavaMailSender mail, MailSettings settings) {
    this.mail = mail;
    this.settings = settings;
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
    } catch (MailSendException e) {
      Set<Object> failed = e.getFailedMessages().keySet();
      messages.forEach((message, email) -> {
        if (!failed.contains(message)) {
          sent.accept(email);
        }
      });
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
