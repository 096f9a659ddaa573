package se.arshjulet.drill;

import java.time.Instant;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import se.arshjulet.ArshjuletApplication;
import se.arshjulet.reminder.Outbox;
import se.arshjulet.reminder.OutboxDelivery;

/**
 * The node {@link SendingCrashDrill} kills: the product in a process of its own that sends the outbox, with the
 * moment between the SMTP server's acceptance and the "sent" mark stretched to 100 ms, so that the kill lands in it.
 */
public final class SendingCrashNode {

  private SendingCrashNode() {
  }

  public static void main(String[] args) {
    ConfigurableApplicationContext node = new SpringApplicationBuilder(ArshjuletApplication.class, SlowMark.class)
        .run(args);
    System.out.println("sending the outbox");
    node.getBean(OutboxDelivery.class).deliverUnsent();
    System.out.println("outbox sent: the drill should have killed this node before");
  }

  /**
   * An outbox that takes 100 ms to mark an email sent. Not a {@code @Configuration}: component scanning would put it
   * into every test's application; only this node names it.
   */
  static class SlowMark {

    @Bean
    @Primary
    Outbox slowlyMarkingOutbox(JdbcClient jdbc, PlatformTransactionManager transactions, DataSource dataSource) {
      return new Outbox(jdbc, transactions, dataSource) {
        @Override
        public void markSent(String id, Instant at) {
          try {
            Thread.sleep(100);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          super.markSent(id, at);
        }
      };
    }
  }
}
