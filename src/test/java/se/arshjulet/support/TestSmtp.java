package se.arshjulet.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/** One real SMTP server (GreenMail, port 3025) for the whole test JVM; tests may take it down and bring it back. */
public final class TestSmtp {

  private static GreenMail server = started();
  private static boolean running = true;

  private TestSmtp() {
  }

  private static GreenMail started() {
    GreenMail greenMail = new GreenMail(ServerSetupTest.SMTP);
    greenMail.start();
    return greenMail;
  }

  public static synchronized void down() {
    if (running) {
      server.stop();
      running = false;
    }
  }

  public static synchronized void up() {
    if (!running) {
      server = started();
      running = true;
    }
  }

  /** Every message received so far whose recipients include the address. */
  public static List<MimeMessage> to(String address) {
    return Arrays.stream(server.getReceivedMessages()).filter(message -> {
      try {
        return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
            .anyMatch(recipient -> recipient.toString().equalsIgnoreCase(address));
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  public static List<MimeMessage> all() {
    return List.of(server.getReceivedMessages());
  }
}
