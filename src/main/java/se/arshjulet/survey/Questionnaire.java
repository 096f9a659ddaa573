package se.arshjulet.survey;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A county's parent survey as its file says (processes/<county>/foraldraenkat.yaml, else processes/default): the
 * five goals' statements on a four-step scale with "vet ej", one free-text question for a quote, and who wrote it.
 * Every text has one entry per language of {@link #languages()}; the first language is the default.
 */
public record Questionnaire(String id, List<String> languages, Map<String, String> title, Map<String, String> intro,
                            List<Step> scale, Map<String, String> dontKnow, List<Goal> goals, Quote quote,
                            Gender gender, Map<String, Map<String, String>> ui) {

  /** The page's own words every questionnaire must give in each of its languages. */
  static final List<String> UI = List.of("send", "opens", "closed", "thanks", "answered", "none", "tooMany",
      "optional", "open", "language");

  /** The answer "vet ej" as the form posts it. */
  public static final String DONT_KNOW = "vet-ej";

  public record Step(int value, Map<String, String> label) {
  }

  public record Goal(Map<String, String> title, List<Statement> statements) {
  }

  public record Statement(String key, Map<String, String> text) {
  }

  public record Quote(Map<String, String> text, int maxLength) {
  }

  public record Gender(Map<String, String> label, List<Option> options) {
  }

  public record Option(String value, Map<String, String> label) {
  }

  /**
   * Words a questionnaire may leave out (files written before they came): then the page shows them in Swedish.
   */
  static final Map<String, String> LATER_UI = Map.of("pageExpired",
      "Sidan har varit öppen för länge eller kändes inte igen. Dina svar står kvar nedan: skicka dem igen.",
      "tooQuick",
      "Svaren skickades för snabbt efter att sidan öppnades. Titta igenom dem nedan och skicka igen.",
      "alreadySent", "Svaren från den här sidan har redan kommit fram. Tack!");

  /** One of the page's words in the language, {0} and {1} filled in. */
  public String word(String word, String language, Object... values) {
    Map<String, String> texts = ui.getOrDefault(word, Map.of());
    String text = texts.getOrDefault(language, texts.getOrDefault("sv", LATER_UI.get(word)));
    return java.text.MessageFormat.format(text.replace("'", "''"), values);
  }

  public List<Statement> statements() {
    return goals.stream().flatMap(goal -> goal.statements().stream()).toList();
  }

  /** The language to show: the one asked for if the survey has it, else the survey's first. */
  public String language(String asked) {
    return asked != null && languages.contains(asked) ? asked : languages.get(0);
  }

  /** What is wrong with the file, one sentence per problem; empty when it may be used. */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (languages == null || languages.isEmpty()) {
      problems.add("no languages");
      return problems;
    }
    if (scale == null || scale.size() != 4) {
      problems.add("the scale must have four steps");
    }
    Set<String> keys = new HashSet<>();
    List<Map<String, String>> texts = new ArrayList<>(List.of(title, intro, dontKnow, quote.text(), gender.label()));
    scale.forEach(step -> texts.add(step.label()));
    UI.forEach(word -> texts.add(ui == null ? null : ui.get(word)));
    gender.options().forEach(option -> texts.add(option.label()));
    for (Goal goal : goals) {
      texts.add(goal.title());
      for (Statement statement : goal.statements()) {
        texts.add(statement.text());
        if (statement.key() == null || !statement.key().matches("[a-z0-9-]+") || !keys.add(statement.key())) {
          problems.add("statement key '" + statement.key() + "' is missing, not [a-z0-9-] or not unique");
        }
      }
    }
    for (Map<String, String> text : texts) {
      for (String language : languages) {
        if (text == null || text.get(language) == null || text.get(language).isBlank()) {
          problems.add("a text lacks language '" + language + "': " + text);
        }
      }
    }
    return problems;
  }
}
