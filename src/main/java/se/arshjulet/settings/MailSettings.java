package se.arshjulet.settings;

/**
 * Where emails come from, and over how many SMTP connections at once they go out ({@code arshjulet.mail}, part of
 * {@link Settings}). The SMTP server itself is Spring's {@code spring.mail.*} (from
 * ARSHJULET_SMTP_HOST and friends); a product without one refuses to start rather than drop emails silently.
 */
public record MailSettings(String from, String smtpHost, Integer connections) {

  public MailSettings {
    if (smtpHost == null || smtpHost.isBlank()) {
      throw new MissingSetting("spring.mail.host", "ARSHJULET_SMTP_HOST",
          "SMTP-servern som påminnelser och förseningsmejl skickas genom",
          "the SMTP server that reminders and deadline emails are sent through");
    }
    if (from == null || from.isBlank() || !from.contains("@")) {
      throw new MissingSetting("arshjulet.mail.from", "ARSHJULET_MAIL_FROM",
          "avsändaradressen för Årshjulets e-post (till exempel arshjulet@regionjh.se)",
          "the sender address of the product's emails (e.g. arshjulet@example.se)");
    }
    connections = connections == null ? 4 : connections;
    if (connections < 1) {
      throw new MissingSetting("arshjulet.mail.connections", null, "minst 1, inte " + connections,
          "at least 1, not " + connections);
    }
  }
}
