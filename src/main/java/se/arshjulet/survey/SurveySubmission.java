package se.arshjulet.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One parent's answers as posted from the survey page, checked against the questionnaire: every field must be a
 * statement on the scale (or "vet ej"), the quote within its length, the gender one of the options; anything else is
 * refused whole. Markup is not stored: angle brackets are taken out of the quote.
 */
public record SurveySubmission(String language, Map<String, String> answers, String quote, String gender) {

  /** Fields the page posts besides the statements. */
  static final String QUOTE = "citat";
  static final String GENDER = "kon";
  static final String LANGUAGE = "sprak";
  /** The page view's answer token ({@link SurveyTokens}). */
  static final String TOKEN = "token";
  private static final Set<String> OTHER_FIELDS = Set.of(QUOTE, GENDER, LANGUAGE, TOKEN);

  /** A refused submission; the message is in the parent's language when the questionnaire has it. */
  public static class Refused extends RuntimeException {
    public Refused(String message) {
      super(message);
    }
  }

  public static SurveySubmission of(Questionnaire questionnaire, Map<String, String> posted) {
    String language = questionnaire.language(posted.get(LANGUAGE));
    boolean swedish = "sv".equals(language);
    List<String> unknown = new ArrayList<>();
    Map<String, String> answers = new LinkedHashMap<>();
    Set<String> statements = new java.util.HashSet<>();
    questionnaire.statements().forEach(statement -> statements.add(statement.key()));
    Set<String> onScale = new java.util.HashSet<>(Set.of(Questionnaire.DONT_KNOW));
    questionnaire.scale().forEach(step -> onScale.add(String.valueOf(step.value())));
    for (Map.Entry<String, String> field : posted.entrySet()) {
      if (OTHER_FIELDS.contains(field.getKey())) {
        continue;
      }
      if (!statements.contains(field.getKey())) {
        unknown.add(field.getKey());
      } else if (!onScale.contains(field.getValue())) {
        throw new Refused(swedish ? "Svaret på en fråga finns inte på skalan." : "An answer is not on the scale.");
      } else {
        answers.put(field.getKey(), field.getValue());
      }
    }
    if (!unknown.isEmpty()) {
      throw new Refused((swedish ? "Okända frågor: " : "Unknown questions: ") + String.join(", ", unknown));
    }
    String quote = posted.getOrDefault(QUOTE, "").replace("<", "").replace(">", "").strip();
    if (quote.length() > questionnaire.quote().maxLength()) {
      throw new Refused(swedish ? "Texten är för lång (högst " + questionnaire.quote().maxLength() + " tecken)."
          : "The text is too long (at most " + questionnaire.quote().maxLength() + " characters).");
    }
    String gender = posted.get(GENDER);
    if (gender != null && !gender.isBlank()
        && questionnaire.gender().options().stream().noneMatch(option -> option.value().equals(gender))) {
      throw new Refused(swedish ? "Okänt svar om vem som skriver." : "Unknown answer on who writes.");
    }
    if (answers.isEmpty() && quote.isEmpty()) {
      throw new Refused(swedish ? "Svara på minst en fråga." : "Please answer at least one question.");
    }
    return new SurveySubmission(language, answers, quote.isEmpty() ? null : quote,
        gender == null || gender.isBlank() || quote.isEmpty() ? null : gender);
  }
}
