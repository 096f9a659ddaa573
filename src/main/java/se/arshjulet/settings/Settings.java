package se.arshjulet.settings;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import se.arshjulet.settings.WheelFiles;

/**
 * The product's own settings ({@code arshjulet.*}), all of them, checked when the product starts: a setting that is
 * missing or wrong stops the start with a message that names it, in Swedish and English, instead of sending links to
 * localhost. The demo and test profiles give the values a production start must be given (README, "Running it in
 * production").
 *
 * @param baseUrl    the public address people reach the product at: links in emails and calendar feeds, the survey's
 *                   poster and QR code, the sign-in's return address ({@code ARSHJULET_BASE_URL})
 * @param mail       the sender and the SMTP connections of the emails
 * @param signIn     how staff sign in: their organisation's identity providers, passwords, session time-out
 * @param wheels     where the county wheels and forms are read from
 * @param survey     the parent survey's throttles and the age its answer tokens may have
 * @param operations how often the health check and the gauges read the database and SMTP again
 * @param centres    the registry file imported at start-up, if any
 * @param demo       the demo's password and its identity provider's port (profile {@code demo} only)
 * @param retention  how long the product's own tables keep what they hold (the wheels' history: their BPMN)
 * @param backup     where the online backup of the embedded H2 database is written
 * @param accessibility the accessibility statement's contact, organisation, assessment date and the county's own
 *                   list of known shortcomings ({@code /tillganglighet})
 */
@ConfigurationProperties("arshjulet")
public record Settings(String baseUrl, MailSettings mail, @DefaultValue SignInSettings signIn,
                       @DefaultValue WheelFiles wheels, @DefaultValue Survey survey,
                       @DefaultValue Operations operations, @DefaultValue Centres centres, @DefaultValue Demo demo,
                       @DefaultValue RetentionSettings retention, @DefaultValue Backup backup,
                       @DefaultValue Accessibility accessibility) {

  /**
   * @param answersPerSource survey answers one address may send per ten minutes: a backstop against scripts, high
   *                         enough for a morning's parents behind one address (a guest Wi-Fi, a municipality's NAT)
   * @param answersPerCentre survey answers one centre takes per ten minutes
   * @param answerMinAge     an answer is taken only this long after its page was shown (a person reads and answers)
   * @param answerMaxAge     and at most this long after: an older page is shown again, with its answers, to send anew
   * @param tokenKey         the key the pages' answer tokens are signed with ({@code ARSHJULET_SURVEY_TOKEN_KEY}, at
   *                         least 32 characters); unset, the first start draws one and keeps it in the database
   */
  public record Survey(@DefaultValue("120") int answersPerSource, @DefaultValue("2000") int answersPerCentre,
                       @DefaultValue("5s") Duration answerMinAge, @DefaultValue("6h") Duration answerMaxAge,
                       String tokenKey) {

    public Survey {
      if (answerMinAge.isNegative() || answerMaxAge.compareTo(answerMinAge.plusMinutes(1)) < 0) {
        throw new MissingSetting("arshjulet.survey.answer-max-age", null,
            "minst en minut mer än arshjulet.survey.answer-min-age (" + answerMinAge + "), inte " + answerMaxAge,
            "at least a minute more than arshjulet.survey.answer-min-age (" + answerMinAge + "), not " + answerMaxAge);
      }
      tokenKey = tokenKey == null || tokenKey.isBlank() ? null : tokenKey;
      if (tokenKey != null && tokenKey.length() < 32) {
        throw new MissingSetting("arshjulet.survey.token-key", "ARSHJULET_SURVEY_TOKEN_KEY",
            "minst 32 tecken (eller ingen: då drar den första starten en nyckel och sparar den i databasen)",
            "at least 32 characters (or none: then the first start draws a key and keeps it in the database)");
      }
    }
  }

  /** @param cacheTime the gauges' database counts and the mail health's SMTP check are read again at most this often */
  public record Operations(@DefaultValue("10s") Duration cacheTime) {
  }

  /** @param importFile a registry file (e.g. {@code classpath:demo/centres.yaml}) imported at every start */
  public record Centres(String importFile) {
  }

  /**
   * @param password             every demo user's password (no user gets one outside the demo)
   * @param identityProviderPort the sign-in demo's identity provider listens here
   */
  public record Demo(String password, @DefaultValue("9000") int identityProviderPort) {
  }

  /** @param directory the online backups of the H2 file database go here, one zip file each */
  public record Backup(@DefaultValue("backups") Path directory) {
  }

  /**
   * What the accessibility statement ({@code /tillganglighet}, lagen (2018:1937) om tillgänglighet till digital
   * offentlig service) says that only the county knows.
   *
   * @param contact      where people report shortcomings or ask for content in another form: an email address, a web
   *                     address or a phone number ({@code ARSHJULET_ACCESSIBILITY_CONTACT}); unset, the statement says
   *                     that it is missing
   * @param organisation who provides the service, named on the statement
   * @param assessed     the day the statement was last reviewed against the service
   * @param shortcomings the county's own list of what is known not to meet WCAG 2.1 AA, one entry a shortcoming,
   *                     kept up to date by the county; shown after the product's own list
   */
  public record Accessibility(String contact, @DefaultValue("länet som driver Årshjulet") String organisation,
                              @DefaultValue("2026-12-07") LocalDate assessed, @DefaultValue List<String> shortcomings) {

    public Accessibility {
      contact = contact == null || contact.isBlank() ? null : contact.strip();
      shortcomings = shortcomings == null ? List.of()
          : shortcomings.stream().filter(entry -> entry != null && !entry.isBlank()).map(String::strip).toList();
    }
  }

  public Settings {
    baseUrl = publicAddress(baseUrl);
    if (mail == null) {
      mail = new MailSettings(null, null, null);
    }
  }

  /** The checked settings with every other one at its default, for settings built by hand. */
  public static Settings of(String baseUrl, MailSettings mail, SignInSettings signIn) {
    return new Settings(baseUrl, mail, signIn, new WheelFiles(null, null),
        new Survey(120, 2000, Duration.ofSeconds(5), Duration.ofHours(6), null),
        new Operations(Duration.ofSeconds(10)), new Centres(null), new Demo(null, 9000),
        new RetentionSettings(Duration.ofDays(400), 3, Duration.ofDays(30), Duration.ofDays(400), Duration.ofDays(365),
            Map.of()),
        new Backup(Path.of("backups")),
        new Accessibility(null, "länet som driver Årshjulet", LocalDate.of(2026, 12, 7), List.of()));
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
