package se.arshjulet.settings;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the product's own tables keep what they hold ({@code arshjulet.retention}); the wheels' history is kept as
 * each county's BPMN says. A county may choose its own time where the law leaves it the choice, under
 * {@code arshjulet.retention.counties.<county>}: how long sent emails are kept, how many survey years, when a person
 * who left is pseudonymised; what it leaves out is the national setting.
 *
 * @param sentEmails   a sent email is kept this long (the outbox's keys keep a reminder from going out twice)
 * @param surveyYears  the parent survey's answers and quotes of this many years (this year's and the years the
 *                     reports compare) are kept
 * @param revokedFeeds a revoked calendar subscription is kept this long
 * @param digestWeeks  the record of a week's planned digests is kept this long
 * @param pseudonymiseAfter a person who left the registry this long ago (whole days) is pseudonymised: her user
 *                     id, name and address in the wheels' history, answers and outbox (privacy/Pseudonymisation)
 * @param counties     the counties' own choices, by county id
 */
public record RetentionSettings(@DefaultValue("400d") Duration sentEmails, @DefaultValue("3") int surveyYears,
                                @DefaultValue("30d") Duration revokedFeeds, @DefaultValue("400d") Duration digestWeeks,
                                @DefaultValue("365d") Duration pseudonymiseAfter, Map<String, CountyChoice> counties) {

  /** A county's own times; null where it keeps the national one. */
  public record CountyChoice(Duration sentEmails, Integer surveyYears, Duration pseudonymiseAfter) {
  }

  public RetentionSettings {
    counties = counties == null ? Map.of() : Map.copyOf(counties);
    check("arshjulet.retention", surveyYears, pseudonymiseAfter);
    counties.forEach((county, own) -> check("arshjulet.retention.counties." + county,
        own.surveyYears() == null ? surveyYears : own.surveyYears(),
        own.pseudonymiseAfter() == null ? pseudonymiseAfter : own.pseudonymiseAfter()));
  }

  private static void check(String prefix, int surveyYears, Duration pseudonymiseAfter) {
    if (surveyYears < 2) {
      throw new MissingSetting(prefix + ".survey-years", null,
          "minst 2 (nästa års verksamhetsberättelse jämför med föregående års enkät), inte " + surveyYears,
          "at least 2 (next year's annual report compares with the year before's survey), not " + surveyYears);
    }
    if (pseudonymiseAfter.toDays() < 1) {
      throw new MissingSetting(prefix + ".pseudonymise-after", null,
          "minst en dag (till exempel 365d), inte " + pseudonymiseAfter,
          "at least a day (e.g. 365d), not " + pseudonymiseAfter);
    }
  }

  /** The times that hold for the county: its own choices, else the national ones. */
  public RetentionSettings forCounty(String county) {
    CountyChoice own = counties.get(county);
    if (own == null) {
      return counties.isEmpty() ? this : new RetentionSettings(sentEmails, surveyYears, revokedFeeds, digestWeeks,
          pseudonymiseAfter, Map.of());
    }
    return new RetentionSettings(own.sentEmails() == null ? sentEmails : own.sentEmails(),
        own.surveyYears() == null ? surveyYears : own.surveyYears(), revokedFeeds, digestWeeks,
        own.pseudonymiseAfter() == null ? pseudonymiseAfter : own.pseudonymiseAfter(), Map.of());
  }
}
