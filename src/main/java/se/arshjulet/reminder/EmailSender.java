package se.arshjulet.reminder;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Sends one email of the outbox over SMTP, as plain text and HTML. Failures propagate: the job retries. */
@Component
public class EmailSender {

  private final JavaMailSender mail;
  private final MailSettings settings;

  public EmailSender(JavaMailSender mail, MailSettings settings) {
    this.mail = mail;
    this.settings = settings;
  }

  public void send(Outbox.Email email) {
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
    mail.send(message);
  }
}
