package se.arshjulet.survey;

import org.springframework.stereotype.Service;
import se.arshjulet.centre.Centre;

/** A centre-year's survey results from its answers and its county's questionnaire. */
@Service
public class SurveyResultsService {

  private final Questionnaires questionnaires;
  private final SurveyAnswers answers;

  public SurveyResultsService(Questionnaires questionnaires, SurveyAnswers answers) {
    this.questionnaires = questionnaires;
    this.answers = answers;
  }

  public SurveyResults of(Centre centre, int year) {
    return SurveyResults.of(questionnaires.forCounty(centre.county()), answers.answers(centre.id(), year));
  }

  public java.util.List<SurveyAnswers.Quote> chosenQuotes(Centre centre, int year) {
    return answers.quotes(centre.id(), year).stream().filter(SurveyAnswers.Quote::chosen).toList();
  }
}
