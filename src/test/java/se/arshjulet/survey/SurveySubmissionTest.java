package se.arshjulet.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.arshjulet.settings.WheelFiles;

/** The questionnaire file, a parent's submission and the results, without an engine. */
class SurveySubmissionTest {

  private static final Questionnaire SURVEY = new Questionnaires(new WheelFiles(Path.of("processes"), null)).forCounty("jamtland");

  @Test
  void theShippedQuestionnaireFollowsTheFiveGoalsInSwedishAndEnglish() {
    assertThat(SURVEY.problems()).isEmpty();
    assertThat(SURVEY.languages()).containsExactly("sv", "en");
    assertThat(SURVEY.goals()).hasSize(5);
    assertThat(SURVEY.language("so")).isEqualTo("sv");
    assertThat(SURVEY.word("open", "en", "13 November 2026")).isEqualTo("The survey is open until 13 November 2026.");
  }

  @Test
  void aGoodSubmissionKeepsItsAnswersAndAPlainQuote() {
    SurveySubmission submission = SurveySubmission.of(SURVEY, Map.of("valkommen", "4", "bemotande", "vet-ej",
        "citat", " <script>Bra</script> ", "kon", "man", "sprak", "en"));

    assertThat(submission.answers()).containsExactlyInAnyOrderEntriesOf(Map.of("valkommen", "4",
        "bemotande", "vet-ej"));
    assertThat(submission.quote()).isEqualTo("scriptBra/script");
    assertThat(submission.gender()).isEqualTo("man");
    assertThat(submission.language()).isEqualTo("en");
  }

  @Test
  void whoWritesIsAskedPlainlyAndRatherNotSayStoresNoGender() {
    assertThat(SURVEY.gender().label()).containsEntry("sv", "Jag är").containsEntry("en", "I am");
    // The stored values stay what earlier years stored; "Vill inte svara" stores none.
    assertThat(SURVEY.gender().options()).extracting(Questionnaire.Option::value)
        .containsExactly("kvinna", "man", "annan", "");
    assertThat(SURVEY.gender().options()).extracting(option -> option.label().get("sv"))
        .containsExactly("Kvinna", "Man", "Annat", "Vill inte svara");

    assertThat(SurveySubmission.of(SURVEY, Map.of("citat", "Bra", "kon", "")).gender()).isNull();
    assertThat(SurveySubmission.of(SURVEY, Map.of("citat", "Bra", "kon", "annan")).gender()).isEqualTo("annan");
  }

  @Test
  void badSubmissionsAreRefusedWithAClearMessage() {
    assertThatThrownBy(() -> SurveySubmission.of(SURVEY, Map.of("valkommen", "5")))
        .hasMessage("Svaret på en fråga finns inte på skalan.");
    assertThatThrownBy(() -> SurveySubmission.of(SURVEY, Map.of("namn", "Anna", "sprak", "en")))
        .hasMessage("Unknown questions: namn");
    assertThatThrownBy(() -> SurveySubmission.of(SURVEY, Map.of("citat", "x".repeat(501))))
        .hasMessage("Texten är för lång (högst 500 tecken).");
    assertThatThrownBy(() -> SurveySubmission.of(SURVEY, Map.of()))
        .hasMessage("Svara på minst en fråga.");
  }

  @Test
  void resultsCountEachStepAndTheSharePositiveOfThoseOnTheScale() {
    SurveyResults results = SurveyResults.of(SURVEY, List.of(Map.of("valkommen", "4"), Map.of("valkommen", "1"),
        Map.of("valkommen", "3"), Map.of("valkommen", "vet-ej"), Map.of()));

    SurveyResults.Row welcome = results.rows().stream().filter(row -> row.key().equals("valkommen")).findFirst()
        .orElseThrow();
    assertThat(welcome.counts()).containsExactlyInAnyOrderEntriesOf(Map.of(4, 1L, 3, 1L, 2, 0L, 1, 1L));
    assertThat(welcome.dontKnow()).isEqualTo(1);
    assertThat(welcome.positiveText()).isEqualTo("67 %");
    assertThat(results.shown()).isTrue();
    assertThat(SurveyResults.of(SURVEY, List.of(Map.of())).shown()).isFalse();
  }
}
