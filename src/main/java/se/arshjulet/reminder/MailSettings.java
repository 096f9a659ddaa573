package se.arshjulet.reminder;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where emails come from, and over how many SMTP connections at once they go out. The SMTP server itself is Spring's
 * {@code spring.mail.*} (from ARSHJULET_SMTP_HOST and friends); a product without one refuses to start rather than
 * drop emails silently.
 */
@ConfigurationProperties("arshjulet.mail")
public record MailSettings(String from, String smtpHost, Integer connections) {

  public MailSettings {
    if (smtpHost == null || smtpHost.isBlank()) {
      throw new IllegalStateException("No SMTP server: set ARSHJULET_SMTP_HOST (spring.mail.host) so that "
          + "reminders and deadline emails can be sent");
    }
    if (from == null || from.isBlank()) {
      throw new IllegalStateException("No sender address: set ARSHJULET_MAIL_FROM (arshjulet.mail.from)");
    }
    connections = connections == null ? 4 : connections;
    if (connections < 1) {
      throw new IllegalStateException("arshjulet.mail.connections must be at least 1, not " + connections);
    }
  }
}
