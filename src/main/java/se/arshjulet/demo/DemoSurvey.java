package se.arshjulet.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import se.arshjulet.centre.Centre;
import se.arshjulet.survey.Questionnaire;
import se.arshjulet.survey.Questionnaires;
import se.arshjulet.survey.SurveyAnswers;
import se.arshjulet.survey.SurveySubmission;

/** Last year's parent survey of a demo centre: fictitious answers through the survey's own store, two quotes chosen. */
@Component
@Profile("demo")
class DemoSurvey {

  private static final List<String> QUOTES = List.of("Här känner jag mig välkommen varje gång.",
      "Pappagruppen har betytt mycket för mig.", "Bra att man kan komma utan att boka tid.");

  private final Questionnaires questionnaires;
  private final SurveyAnswers answers;

  DemoSurvey(Questionnaires questionnaires, SurveyAnswers answers) {
    this.questionnaires = questionnaires;
    this.answers = answers;
  }

  void answerLastYear(Centre centre, int year) {
    if (answers.count(centre.id(), year) > 0) {
      return;
    }
    Questionnaire questionnaire = questionnaires.forCounty(centre.county());
    Random random = new Random(centre.id().hashCode());
    int parents = 12 + random.nextInt(10);
    for (int i = 0; i < parents; i++) {
      Map<String, String> given = new LinkedHashMap<>();
      questionnaire.statements().forEach(statement -> given.put(statement.key(),
          random.nextInt(10) == 0 ? Questionnaire.DONT_KNOW : String.valueOf(Math.max(1, 4 - random.nextInt(3)))));
      boolean quote = i < QUOTES.size();
      answers.save(centre.id(), year, LocalDate.of(year, 11, 10), new SurveySubmission("sv", given,
          quote ? QUOTES.get(i) : null, quote ? (i == 1 ? "man" : "kvinna") : null));
    }
    answers.choose(centre.id(), year, answers.quotes(centre.id(), year).stream().limit(2)
        .map(SurveyAnswers.Quote::id).toList());
  }
}
