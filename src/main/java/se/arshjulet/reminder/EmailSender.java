package se.arshjulet.reminder;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.util.Properties;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import se.arshjulet.settings.MailSettings;
import se.arshjulet.settings.Settings;

/**
 * Sends emails over SMTP connections of its own, as plain text and HTML, many over each connection. Each email is
 * marked sent the moment the server accepted it, before its connection sends the next: a connection has at most one
 * email accepted and not yet marked, so a node that dies re-sends at most one email per connection.
 * Counts what went out ({@code arshjulet.emails.sent}) and every attempt that failed ({@code arshjulet.emails.failed}).
 */
@Component
public class EmailSender {

  static {
    // Jakarta Mail looks its stream provider up with a ServiceLoader, scanning the class path, each time a message or
    // body part is made (jakartaee/mail-api#699, #861): named here, it is loaded directly.
    if (System.getProperty("jakarta.mail.util.StreamProvider") == null) {
      System.setProperty("jakarta.mail.util.StreamProvider", "org.eclipse.angus.mail.util.MailStreamProvider");
    }
  }

  private final JavaMailSenderImpl mail;
  private final MailSettings settings;
  private final Session session;
  private final Counter sentCount;
  private final Counter failedCount;

  public EmailSender(JavaMailSenderImpl mail, Settings settings, MeterRegistry meters) {
    this.mail = mail;
    this.settings = settings.mail();
    this.session = session(mail);
    this.sentCount = Counter.builder("arshjulet.emails.sent")
        .description("Emails the SMTP server accepted").register(meters);
    this.failedCount = Counter.builder("arshjulet.emails.failed")
        .description("Attempts to send an email that failed (each retry counts again)").register(meters);
  }

  /** Counts emails that could not even be tried: no connection to the server. */
  public void countFailed(int emails) {
    failedCount.increment(emails);
  }

  /** Opens a connection to the SMTP server; fails with "Mail server connection failed" when it cannot. */
  public Connection connect() {
    String protocol = mail.getProtocol() == null ? "smtp" : mail.getProtocol();
    Transport transport;
    try {
      transport = session.getTransport(protocol);
    } catch (MessagingException e) {
      throw new MailSendException("No transport for " + protocol, e);
    }
    try {
      transport.connect(mail.getHost(), mail.getPort(), blankToNull(mail.getUsername()),
          blankToNull(mail.getPassword()));
    } catch (MessagingException e) {
      throw new MailSendException("Mail server connection failed", e);
    }
    return new Connection(transport);
  }

  /** One open SMTP connection; not for several threads at once. */
  public final class Connection implements AutoCloseable {

    private final Transport transport;

    private Connection(Transport transport) {
      this.transport = transport;
    }

    /** Sends the email and runs {@code markSent} once the server accepted it, before this connection sends another. */
    public void send(Outbox.Email email, Runnable markSent) {
      MimeMessage message = message(email);
      try {
        transport.sendMessage(message, message.getAllRecipients());
        markSent.run();
        sentCount.increment();
      } catch (MessagingException e) {
        failedCount.increment();
        throw new MailSendException("The SMTP server did not take the email " + email.dedupKey(), e);
      }
    }

    public boolean isOpen() {
      return transport.isConnected();
    }

    @Override
    public void close() {
      try {
        transport.close();
      } catch (MessagingException ignored) {
        // The server went away first: nothing is lost, every sent email is marked.
      }
    }
  }

  /** Spring's mail settings, and plain SMTP connections without Nagle's delay (smtps keeps its SSL factory). */
  private static Session session(JavaMailSenderImpl mail) {
    Properties properties = new Properties();
    properties.putAll(mail.getJavaMailProperties());
    properties.putIfAbsent("mail.smtp.socketFactory", new NoDelaySocketFactory());
    return Session.getInstance(properties);
  }

  private MimeMessage message(Outbox.Email email) {
    MimeMessage message = mail.createMimeMessage();
    try {
      MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
      helper.setFrom(settings.from(), "Årshjulet");
      helper.setTo(email.recipient());
      helper.setSubject(email.subject());
      helper.setText(email.text(), email.html());
      quotedPrintable(helper.getRootMimeMultipart());
      helper.setSentDate(new java.util.Date());
      message.setHeader("X-Arshjulet-Key", email.dedupKey());
      message.saveChanges();
    } catch (MessagingException | UnsupportedEncodingException e) {
      throw new MailSendException("Cannot write the email " + email.dedupKey(), e);
    }
    return message;
  }

  /**
   * Names the text parts' transfer encoding, which Jakarta Mail otherwise chooses by writing each text once more
   * to see whether it is all ASCII. Quoted-printable suits Swedish text and every SMTP server.
   */
  private static void quotedPrintable(MimeMultipart multipart) throws MessagingException {
    for (int i = 0; i < multipart.getCount(); i++) {
      BodyPart part = multipart.getBodyPart(i);
      try {
        if (part.getContent() instanceof MimeMultipart nested) {
          quotedPrintable(nested);
        } else {
          part.setHeader("Content-Transfer-Encoding", "quoted-printable");
        }
      } catch (IOException e) {
        throw new MessagingException("Cannot read a part of the email", e);
      }
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
