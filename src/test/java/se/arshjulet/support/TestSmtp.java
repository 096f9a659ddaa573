package se.arshjulet.support;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real SMTP server (GreenMail) for the whole test JVM; tests may take it down and bring it back. It listens on
 * a free port, given to the product as {@code spring.mail.port}, so that test runs side by side do not collide.
 * Its connections send without Nagle's delay ({@link PromptSmtp}); a benchmark may have it count messages instead of
 * keeping them ({@link #countOnly}).
 */
public final class TestSmtp {

  public static final int PORT = freePort();
  private static final AtomicInteger counted = new AtomicInteger();
  private static volatile boolean countOnly;
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
    GreenMail greenMail = new PromptSmtp(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
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
   * Whether the server only counts the messages it accepts from now on, instead of parsing each into a mailbox of its
   * recipient (a benchmark's year: a production SMTP server does that work on a machine of its own, not on the
   * product's cores). The SMTP conversation is the same; {@link #countAndForget} tells how many arrived.
   */
  public static void countOnly(boolean on) {
    countOnly = on;
  }

  /**
   * How many messages arrived, forgetting them (a benchmark's year: the server keeps every message in the test JVM's
   * heap otherwise, where a production SMTP server would not be).
   */
  public static synchronized int countAndForget() {
    int received = server.getReceivedMessages().length + counted.getAndSet(0);
    try {
      server.purgeEmailFromAllMailboxes();
    } catch (com.icegreen.greenmail.store.FolderException e) {
      throw new IllegalStateException(e);
    }
    return received;
  }

  /**
   * GreenMail answering as promptly as a production SMTP server: it writes a multi-line reply (EHLO's) line by line,
   * and with Nagle's algorithm on each further line waited for the client's delayed ACK, about 40 ms, twice per
   * connection (measured: 50 ms per connection set-up, 4 ms with TCP_NODELAY on its sockets).
   */
  private static final class PromptSmtp extends GreenMail {

    PromptSmtp(ServerSetup setup) {
      super(setup);
    }

    @Override
    protected Map<String, AbstractServer> createServices(ServerSetup[] setups, Managers managers) {
      SmtpManager delivery = new SmtpManager(managers.getImapHostManager(), managers.getUserManager()) {
        @Override
        public void send(SmtpState state) {
          if (countOnly) {
            counted.incrementAndGet();
          } else {
            super.send(state);
          }
        }
      };
      Managers countingOrDelivering = new Managers() {
        @Override
        public SmtpManager getSmtpManager() {
          return delivery;
        }
      };
      return Map.of(ServerSetup.PROTOCOL_SMTP, new SmtpServer(setups[0], countingOrDelivering) {
        @Override
        protected void handleClientSocket(Socket client) throws SocketException {
          client.setTcpNoDelay(true);
          super.handleClientSocket(client);
        }
      });
    }
  }
}
