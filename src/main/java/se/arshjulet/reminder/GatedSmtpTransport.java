package se.arshjulet.reminder;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import java.io.IOException;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * An SMTP connection of the pool whose last step of each email, the end of its data and the server's acceptance,
 * passes the node's acceptance gate. The sender keeps the gate until the email is marked sent, so that on the whole
 * node at most one email is ever accepted and not yet marked: a crash re-sends at most that one.
 */
final class GatedSmtpTransport extends SMTPTransport {

  private final ReentrantLock gate;

  GatedSmtpTransport(Session session, String protocol, ReentrantLock gate) {
    super(session, new URLName(protocol, null, -1, null, null, null), protocol, "smtps".equals(protocol));
    this.gate = gate;
  }

  /** Takes the gate; {@link EmailSender} gives it back after the mark (or the failure). */
  @Override
  protected void finishData() throws IOException, MessagingException {
    gate.lock();
    super.finishData();
  }
}
