package se.arshjulet.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.arshjulet.settings.MailSettings;
import se.arshjulet.settings.Settings;

/** The emails as rendered from their templates, without a Spring context. */
class EmailComposerTest {

  private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
  private static final String LINK = "https://arshjulet.example.se/camunda/app/tasklist/default/#/?task=";
  private static final String TAGS = "</?(html|head|body|p|a|strong|br|span|ul|li|h3|th:block)\\b";

  private final EmailComposer composer = new EmailComposer(Settings.of("https://arshjulet.example.se",
      new MailSettings("arshjulet@example.se", "smtp.example.se", null), null));

  @Test
  void theDigestSubjectAgreesInNumberWithTheOverdueCount() {
    assertThat(digestWithOverdue(0).subject()).isEqualTo("Årshjulet vecka 10: 1 att göra, 0 försenade");
    assertThat(digestWithOverdue(1).subject()).isEqualTo("Årshjulet vecka 10: 1 att göra, 1 försenad");
    assertThat(digestWithOverdue(2).subject()).isEqualTo("Årshjulet vecka 10: 1 att göra, 2 försenade");
  }

  @Test
  void aDigestListsEachCentreWithComingAndOverdueTasks() {
    EmailComposer.Content digest = digestWithOverdue(1);

    assertThat(digest.text()).contains("Familjecentralen Norr:\n")
        .contains("  - Kommande 0 – klar senast måndag 9 mars 2026\n"
            + "    " + LINK + "coming-0\n")
        .contains("  - Sen 0 – FÖRSENAD, skulle ha varit klar senast fredag 27 februari 2026\n")
        .doesNotContainPattern(TAGS);
    assertThat(digest.html()).contains("<h3>Familjecentralen Norr</h3>")
        .contains("<a href=\"" + LINK + "late-0\">"
            + "Sen 0 – FÖRSENAD, skulle ha varit klar senast fredag 27 februari 2026</a>");
  }

  @Test
  void anOverdueEmailSaysTheTaskShouldHaveBeenDoneAndOpensIt() {
    EmailComposer.Content overdue = composer.overdue(task("t1", "Verksamhetsberättelsen", LocalDate.of(2026, 2, 27)),
        "Familjecentralen Norr");

    assertThat(overdue.subject()).isEqualTo("Försenad: Verksamhetsberättelsen – Familjecentralen Norr"
        + " (skulle ha varit klar senast fredag 27 februari 2026)");
    assertThat(overdue.text())
        .contains("Skulle ha varit klar senast fredag 27 februari 2026 men är inte klar än.")
        .contains("Öppna uppgiften: " + LINK + "t1\n")
        .contains("Hela årshjulet: https://arshjulet.example.se/arshjul/norr/2026\n")
        .doesNotContain("Tasklist:", "Skulle vara klar").doesNotContainPattern(TAGS);
    assertThat(overdue.html())
        .contains("Skulle ha varit klar senast fredag 27 februari 2026 men är inte klar än.")
        .contains("<a href=\"" + LINK + "t1\">Öppna uppgiften</a>")
        .doesNotContain("i Tasklist", "Skulle vara klar");
  }

  @Test
  void aReminderOpensTheTaskAndTheWheel() {
    EmailComposer.Content reminder = composer.reminder(task("t2", "Planera året", LocalDate.of(2026, 2, 27)),
        "Familjecentralen Norr");

    assertThat(reminder.subject())
        .isEqualTo("Påminnelse: Planera året – Familjecentralen Norr, senast fredag 27 februari 2026");
    assertThat(reminder.text()).startsWith("Hej!\n\nPåminnelse från årshjulet för Familjecentralen Norr:\n\n"
            + "  Planera året\n  Ska vara klar senast fredag 27 februari 2026.\n\n"
            + "Öppna uppgiften: " + LINK + "t2\n"
            + "Hela årshjulet: https://arshjulet.example.se/arshjul/norr/2026\n\n"
            + "Det här mejlet skickades automatiskt av Årshjulet. Svara inte på det.")
        .doesNotContainPattern(TAGS);
    assertThat(reminder.html()).contains("<p>Hej!</p>")
        .contains("<a href=\"" + LINK + "t2\">Öppna uppgiften</a>")
        .contains("<a href=\"https://arshjulet.example.se/arshjul/norr/2026\">Hela årshjulet</a>")
        .contains("Svara inte på det.");
  }

  @Test
  void namesAreEscapedInTheHtmlAndLeftAsTheyAreInThePlainText() {
    String name = "Möte <ledning> & \"plan\"";
    String centre = "Barn & familj <Öst>";
    OpenTask task = task("t3", name, LocalDate.of(2026, 2, 27));

    for (EmailComposer.Content email : List.of(composer.reminder(task, centre), composer.overdue(task, centre),
        composer.digest("10", List.of(new EmailComposer.CentreDigest(centre, List.of(task))), MONDAY))) {
      assertThat(email.html()).contains("Möte &lt;ledning&gt; &amp; &quot;plan&quot;")
          .contains("Barn &amp; familj &lt;Öst&gt;").doesNotContain("<ledning>", "<Öst>", "\"plan\"");
      assertThat(email.text()).contains(name).contains(centre).doesNotContain("&lt;", "&amp;", "&quot;");
    }
  }

  private EmailComposer.Content digestWithOverdue(int late) {
    List<OpenTask> tasks = new ArrayList<>();
    tasks.add(task("coming-0", "Kommande 0", MONDAY.plusWeeks(1)));
    for (int i = 0; i < late; i++) {
      tasks.add(task("late-" + i, "Sen " + i, MONDAY.minusDays(3 + i)));
    }
    return composer.digest("10", List.of(new EmailComposer.CentreDigest("Familjecentralen Norr", tasks)), MONDAY);
  }

  private static OpenTask task(String id, String name, LocalDate due) {
    return new OpenTask(id, "wheel:1:x", "key", "activity", name, "norr", due);
  }
}
