package se.arshjulet.drill;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import se.arshjulet.ArshjuletApplication;
import se.arshjulet.reminder.EmailKind;
import se.arshjulet.reminder.Outbox;
import se.arshjulet.reminder.OutboxDelivery;
import se.arshjulet.support.Databases;
import se.arshjulet.support.TestProcesses;
import se.arshjulet.support.TestSmtp;

/**
 * A node is killed (SIGKILL) while it sends 300 emails over its pool of four SMTP connections, each "sent" mark slowed
 * to 100 ms so that the kill lands between an acceptance and its mark. Another node on the same PostgreSQL sends the
 * rest once the dead node's claims ran out: every email arrives, none more than twice, at most one per connection
 * twice (each connection marks an email sent before it sends the next).
 */
class SendingCrashDrill {

  private static final int EMAILS = 300;
  private static final int CONNECTIONS = 4;

  static {
    TestProcesses.prepare();
    TestSmtp.all();
  }

  private ConfigurableApplicationContext survivor;
  private Process doomed;

  @AfterEach
  void stop() {
    if (doomed != null) {
      doomed.destroyForcibly();
    }
    if (survivor != null) {
      survivor.close();
    }
    ClockUtil.reset();
  }

  @Test
  void aNodeKilledWhileSendingReSendsAtMostOneEmailPerConnection() throws Exception {
    Map<String, Object> settings = new HashMap<>(Databases.freshPostgres());
    settings.put("server.port", "0");
    settings.put("arshjulet.mail.connections", String.valueOf(CONNECTIONS));
    survivor = new SpringApplicationBuilder(ArshjuletApplication.class).run(Databases.arguments(settings));
    Outbox outbox = survivor.getBean(Outbox.class);
    List<Outbox.Email> emails = new ArrayList<>();
    for (int i = 0; i < EMAILS; i++) {
      emails.add(new Outbox.Email(null, "crash:" + i, EmailKind.REMINDER, "crash", "crash-centre", null, null,
          "crash-" + i + "@test.example", "Påminnelse " + i, "text " + i, "<p>html " + i + "</p>", Instant.now()));
    }
    outbox.addAll(emails);

    doomed = start(settings);
    long deadline = System.currentTimeMillis() + 120_000;
    while (received().size() < 40) {
      assertThat(doomed.isAlive()).as("the sending node is alive").isTrue();
      assertThat(System.currentTimeMillis()).as("40 emails sent within 2 minutes").isLessThan(deadline);
      Thread.sleep(5);
    }
    doomed.destroyForcibly().waitFor();
    int beforeKill = received().size();
    System.out.printf("sending node killed after %d of %d emails%n", beforeKill, EMAILS);
    assertThat(beforeKill).isLessThan(EMAILS);

    // The dead node's claims run out after ten minutes; then the survivor sends what is left.
    ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofMinutes(11))));
    survivor.getBean(OutboxDelivery.class).deliverUnsent();

    Map<String, Long> copies = received().stream()
        .collect(Collectors.groupingBy(SendingCrashDrill::key, Collectors.counting()));
    assertThat(copies).hasSize(EMAILS);
    assertThat(copies.values()).allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(2));
    assertThat(copies.values().stream().filter(count -> count == 2).count()).as("emails sent twice")
        .isLessThanOrEqualTo(CONNECTIONS);
    assertThat(outbox.unsent("crash")).isEmpty();
  }

  private static List<MimeMessage> received() {
    return TestSmtp.all().stream().filter(message -> key(message).startsWith("crash:")).toList();
  }

  private static String key(MimeMessage message) {
    try {
      String[] key = message.getHeader("X-Arshjulet-Key");
      return key == null ? "" : key[0];
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Process start(Map<String, Object> settings) throws Exception {
    return NodeProcess.start("sending-crash-node", List.of(), SendingCrashNode.class,
        List.of(Databases.arguments(settings, "--spring.mail.port=" + TestSmtp.PORT)), "sending the outbox");
  }
}
