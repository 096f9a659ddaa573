package se.arshjulet.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

/**
 * One real SMTP server (GreenMail) for the whole test JVM; tests may take it down and bring it back. It listens on
 * a free port, given to the product as {@code spring.mail.port}, so that test runs side by side do not collide.
 */
public final class TestSmtp {

  public static final int PORT = freePort();
  private static GreenMail server = started();
  private static boolean running = true;

  private TestSmtp() {
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static GreenMail started() {
    GreenMail greenMail = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
    System.setProperty("spring.mail.port", String.valueOf(PORT));
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

  /**
   * How many messages arrived, forgetting them (a benchmark's year: the server keeps every message in the test JVM's
   * heap otherwise, where a production SMTP server would not be).
   */
  public static synchronized int countAndForget() {
    int received = server.getReceivedMessages().length;
    try {
      server.purgeEmailFromAllMailboxes();
    } catch (com.icegreen.greenmail.store.FolderException e) {
      throw new IllegalStateException(e);
    }
    return received;
  }
}
