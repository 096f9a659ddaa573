package se.arshjulet.retention;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.arshjulet.calendar.WorkingDayCalendar;
import se.arshjulet.centre.Access;
import se.arshjulet.centre.Counties;
import se.arshjulet.settings.RetentionSettings;
import se.arshjulet.settings.Settings;
import se.arshjulet.wheel.WheelInstances;

/**
 * {@code /lagringstider/{county}}: what the product holds for a county, where, how long it is kept and what removes
 * it, with how much there is now and the oldest: the basis of the county's record of processing (GDPR article 30).
 * For the county's administrators and system administrators.
 */
@Controller
public class RetentionPage {

  /** One kind of data: what, where, how long, removed by what; how many rows and the oldest now. */
  public record Kept(String what, String where, String howLong, String removedBy, long count, LocalDate oldest) {
  }

  private final JdbcClient jdbc;
  private final RetentionSettings retention;
  private final Duration answerMaxAge;
  private final WheelInstances wheels;

  public RetentionPage(JdbcClient jdbc, Settings settings, WheelInstances wheels) {
    this.jdbc = jdbc;
    this.retention = settings.retention();
    this.answerMaxAge = settings.survey().answerMaxAge();
    this.wheels = wheels;
  }

  @GetMapping("/lagringstider/{county}")
  public String page(@PathVariable String county, Authentication user, Model model) {
    Access.county(user, county, "Endast länets administratörer ser länets lagringstider.");
    RetentionSettings retention = this.retention.forCounty(county);
    String history = wheels.deployedWheel(county).map(ProcessDefinition::getHistoryTimeToLive)
        .map(days -> days + " dagar (" + Math.round(days / 365.0) + " år) efter att årets hjul avslutats")
        .orElse("länet har inget årshjul ännu");
    String centres = "SELECT id FROM arshjul_centre WHERE county = ?";
    model.addAttribute("county", Counties.name(county));
    model.addAttribute("kinds", List.of(
        new Kept("Årshjulens historik: uppgifter, vem som gjorde dem och när, formulärens svar",
            "Camundas historiktabeller (ACT_HI_*)", history,
            "Camundas historikrensning varje natt 01–05 (tiden sätts i länets årshjul, camunda:historyTimeToLive)",
            count("SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE TENANT_ID_ = ?", county),
            oldest("SELECT MIN(START_TIME_) FROM ACT_HI_PROCINST WHERE TENANT_ID_ = ?", county)),
        new Kept("Skickad e-post (påminnelser, förseningar, sammanfattningar)", "arshjul_email",
            days(retention.sentEmails()) + " efter att den skickats; oskickad tills den skickats",
            "Årshjulets gallring varje natt 05:15",
            count("SELECT COUNT(*) FROM arshjul_email WHERE county = ?", county),
            oldest("SELECT MIN(planned_at) FROM arshjul_email WHERE county = ?", county)),
        new Kept("Föräldraenkätens svar (utan något som identifierar en förälder)", "arshjul_survey_answer",
            "innevarande år och " + (retention.surveyYears() - 1) + " år bakåt (rapporterna jämför med dem)",
            "Årshjulets gallring varje natt 05:15",
            count("SELECT COUNT(*) FROM arshjul_survey_answer WHERE centre_id IN (" + centres + ")", county),
            oldest("SELECT MIN(answered_on) FROM arshjul_survey_answer WHERE centre_id IN (" + centres + ")",
                county)),
        new Kept("Föräldraenkätens citat", "arshjul_survey_quote",
            "innevarande år och " + (retention.surveyYears() - 1) + " år bakåt", "Årshjulets gallring varje natt 05:15",
            count("SELECT COUNT(*) FROM arshjul_survey_quote WHERE centre_id IN (" + centres + ")", county), null),
        new Kept("Föräldraenkätens besvarade sidor (ett slumptal per sida, inget om föräldern; alla län)",
            "arshjul_survey_token_used", "tills sidan inte längre kan besvaras (" + hours(answerMaxAge) + ")",
            "nästa svar på en enkät, högst en gång i minuten",
            jdbc.sql("SELECT COUNT(*) FROM arshjul_survey_token_used").query(Long.class).single(), null),
        new Kept("Kalenderprenumerationer (personens användarnamn, centrum, roll)", "arshjul_feed_token",
            "tills personen säger upp den, sedan " + days(retention.revokedFeeds()),
            "Årshjulets gallring varje natt 05:15",
            count("SELECT COUNT(*) FROM arshjul_feed_token WHERE centre_id IN (" + centres + ")", county),
            oldest("SELECT MIN(created_at) FROM arshjul_feed_token WHERE centre_id IN (" + centres + ")", county)),
        new Kept("Personalens kontaktuppgifter (namn, e-post, roll på centrum)", "arshjul_centre_staff, Camundas användare",
            "så länge personen finns i registret; användaren finns kvar efter att hon slutat, så att historiken "
                + "visar vem som gjorde vad, tills hon pseudonymiseras (raden nedan)",
            "registerimporten (tar bort henne ur grupperna och registret)",
            count("SELECT COUNT(DISTINCT username) FROM arshjul_centre_staff WHERE centre_id IN (" + centres + ")",
                county), null),
        new Kept("Personalens namn och användarnamn i årshjulens historik, svar och skickad e-post, efter att hon "
            + "slutat", "Camundas tabeller (ACT_HI_*, ACT_RU_*, ACT_ID_*), arshjul_email, arshjul_staff_left",
            days(retention.pseudonymiseAfter()) + " efter att registret slutade lista henne; sedan står det \"en "
                + "samordnare\" (eller \"en enhetschef\") och en pseudonym i stället, och hennes användare tas bort",
            "Årshjulets pseudonymisering varje natt 05:30",
            count("SELECT COUNT(DISTINCT username) FROM arshjul_staff_left WHERE centre_id IN (" + centres + ")",
                county),
            oldest("SELECT MIN(left_on) FROM arshjul_staff_left WHERE centre_id IN (" + centres + ")", county)),
        new Kept("Inloggningar", "serverns logg (inte i databasen)", "enligt driftens loggrutiner",
            "driften", 0, null)));
    return "retention/lagringstider";
  }

  private long count(String sql, String county) {
    return jdbc.sql(sql).param(county).query(Long.class).single();
  }

  private LocalDate oldest(String sql, String county) {
    // One row, whose value is null where there is nothing.
    return jdbc.sql(sql).param(county).query((rows, i) -> rows.getObject(1) == null ? null
            : rows.getObject(1) instanceof Date date ? date.toLocalDate()
            : LocalDate.ofInstant(((Timestamp) rows.getObject(1)).toInstant(), WorkingDayCalendar.ZONE))
        .list().get(0);
  }

  private static String hours(Duration duration) {
    return duration.toHours() == 1 ? "1 timme" : duration.toHours() + " timmar";
  }

  private static String days(Duration duration) {
    return duration.toDays() + " dagar";
  }
}
