package se.arshjulet.settings;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import se.arshjulet.reminder.MailSettings;

/**
 * The product's own settings ({@code arshjulet.*}), checked when the product starts: a setting that is missing or
 * wrong stops the start with a message that names it, in Swedish and English, instead of sending links to localhost.
 * The demo and test profiles give the values a production start must be given (README, "Running it in production").
 *
 * @param baseUrl the public address people reach the product at: links in emails and calendar feeds, the survey's
 *                poster and QR code, the sign-in's return address ({@code ARSHJULET_BASE_URL})
 * @param mail    the sender and the SMTP connections of the emails
 * @param signIn  how staff sign in: their organisation's identity providers, passwords, session time-out
 */
@ConfigurationProperties("arshjulet")
public record Settings(String baseUrl, MailSettings mail, @DefaultValue SignInSettings signIn) {

  public Settings {
    baseUrl = publicAddress(baseUrl);
    if (mail == null) {
      mail = new MailSettings(null, null, null);
    }
  }

  private static String publicAddress(String value) {
    if (value == null || value.isBlank()) {
      throw new MissingSetting("arshjulet.base-url", "ARSHJULET_BASE_URL",
          "Årshjulets publika adress (till exempel https://arshjulet.regionjh.se), som länkar i e-post, kalendrar och"
              + " enkätens affisch pekar på",
          "the product's public address (e.g. https://arshjulet.example.se) that links in emails, calendar feeds and"
              + " the survey poster point to");
    }
    URI uri;
    try {
      uri = URI.create(value.trim());
    } catch (IllegalArgumentException e) {
      uri = null;
    }
    if (uri == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null
        || uri.getQuery() != null || uri.getFragment() != null) {
      throw new MissingSetting("arshjulet.base-url", "ARSHJULET_BASE_URL",
          "en adress som börjar med https:// (inte \"" + value + "\")",
          "an address that starts with https:// (not \"" + value + "\")");
    }
    String address = uri.toString();
    return address.endsWith("/") ? address.substring(0, address.length() - 1) : address;
  }

  /** A link to {@code path} (which starts with a slash) at the product's public address. */
  public String link(String path) {
    return baseUrl + path;
  }
}
