package se.arshjulet.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One word for one thing across Tasklist, Cockpit, Admin and Welcome: the same English message reads the same in
 * Swedish in all four webapps, the glossary's terms are rendered with the glossary's word, and the webapps speak
 * of Årshjulet, not of Camunda. No Spring context.
 */
class WebappGlossaryTest {

  /**
   * An English term, the one Swedish word for it when it stands alone (a label, a column), and what every Swedish
   * text must contain where the English uses the term in a sentence (a stem that covers the inflected forms).
   */
  record Term(String english, String swedish, String stem) {
  }

  static final List<Term> GLOSSARY = List.of(
      // "Handläggare" is a case officer in Swedish public services; whoever holds a task is "tilldelad" it.
      new Term("Assignee", "Tilldelad", "tilldel"),
      new Term("Task", "Uppgift", "uppgift"),
      new Term("Process Definition", "Processdefinition", "processdefinition"),
      new Term("Process Instance", "Processinstans", "processinstans"),
      new Term("Due Date", "Förfallodatum", "förfallodatum"),
      new Term("Follow-up Date", "Uppföljningsdatum", "uppföljningsdatum"),
      new Term("Filter", "Filter", "filt"),
      new Term("Claim", "Ta uppgiften", "ta"),
      new Term("Unclaim", "Lämna tillbaka", "lämna"),
      new Term("Deployment", "Driftsättning", "driftsätt"),
      new Term("Tenant", "Klient", "klient"),
      new Term("Variable", "Variabel", "variab"),
      new Term("Job", "Jobb", "jobb"),
      new Term("Incident", "Incident", "incident"),
      new Term("Decision", "Beslut", "beslut"),
      new Term("Group", "Grupp", "grupp"),
      new Term("Candidate", "Kandidat", "kandidat"),
      new Term("Suspend", "Pausa", "paus"),
      new Term("Authorization", "Behörighet", "behörighet"),
      new Term("Activity", "Aktivitet", "aktivitet"),
      new Term("Owner", "Ägare", "ägare"),
      new Term("Priority", "Prioritet", "prioritet"),
      new Term("Annotation", "Anteckning", "anteckning"),
      new Term("Business Key", "Affärsnyckel", "affärsnyckel"),
      new Term("Batch", "Batch", "batch"));

  /** Words no Swedish text may use, with why. */
  static final Map<String, String> FORBIDDEN = Map.of(
      "handläggar", "a case officer (handläggare) is not whoever holds a task: say \"tilldelad\"");

  /**
   * Where "Camunda" may stay: a vendor label the webapps do not show, the name of Cockpit in a plugin, and the
   * link to Camunda's own user documentation. Everywhere else the webapps greet and thank as Årshjulet.
   */
  static final Set<String> CAMUNDA_NAMED = Set.of(
      "labels.APP_VENDOR", "labels.PLGN_SKE_CAMUNDA_COCKPIT", "labels.DOCUMENTATION_DESCRIPTION");

  private static final String BANNER_KEY = "labels.BANNER_CE_EOL_TEXT";
  private static final Pattern NOT_WORDS = Pattern.compile("\\{\\{.*?}}|<[^>]*>");

  /** Every translated text: webapp, key, English, Swedish. */
  record Text(String webapp, String key, String english, String swedish) {
    String where() {
      return webapp + ":" + key;
    }
  }

  private static final List<Text> TEXTS = new ArrayList<>();

  @BeforeAll
  static void readAllFourWebapps() throws IOException {
    TEXTS.clear();
    for (String webapp : WebappLocales.WEBAPPS) {
      Map<String, JsonNode> en = WebappLocales.english(webapp);
      Map<String, JsonNode> sv = WebappLocales.swedish(webapp);
      en.forEach((key, english) -> {
        JsonNode swedish = sv.get(key);
        if (english.isTextual() && swedish != null && swedish.isTextual() && !key.equals(BANNER_KEY)) {
          TEXTS.add(new Text(webapp, key, english.asText(), swedish.asText()));
        }
      });
    }
    assertThat(TEXTS).as("texts read from the four webapps").hasSizeGreaterThan(3000);
  }

  @Test
  void everyEnglishTextHasOneSwedishRenderingAcrossTheWebapps() {
    Map<String, Map<String, List<String>>> renderings = new TreeMap<>();
    for (Text text : TEXTS) {
      renderings.computeIfAbsent(text.english(), e -> new TreeMap<>())
          .computeIfAbsent(text.swedish(), s -> new ArrayList<>()).add(text.where());
    }
    List<String> problems = new ArrayList<>();
    renderings.forEach((english, swedish) -> {
      if (swedish.size() > 1) {
        problems.add("\"" + english + "\" reads " + swedish);
      }
    });
    assertThat(problems).as("English texts with more than one Swedish rendering").isEmpty();
  }

  @Test
  void aGlossaryTermStandingAloneReadsAsTheGlossarysWord() {
    List<String> problems = new ArrayList<>();
    for (Text text : TEXTS) {
      for (Term term : GLOSSARY) {
        if (bare(text.english()).equalsIgnoreCase(term.english())
            && !bare(text.swedish()).equalsIgnoreCase(term.swedish())) {
          problems.add(text.where() + ": \"" + text.english() + "\" reads \"" + text.swedish()
              + "\", not \"" + term.swedish() + "\"");
        }
      }
    }
    assertThat(problems).as("glossary terms rendered otherwise").isEmpty();
  }

  @Test
  void aGlossaryTermInASentenceKeepsTheGlossarysWord() {
    List<String> problems = new ArrayList<>();
    for (Text text : TEXTS) {
      String english = NOT_WORDS.matcher(text.english()).replaceAll(" ");
      String swedish = text.swedish().toLowerCase(Locale.ROOT);
      for (Term term : GLOSSARY) {
        if (uses(english, term.english()) && !swedish.contains(term.stem())) {
          problems.add(text.where() + ": \"" + text.english() + "\" reads \"" + text.swedish()
              + "\" without \"" + term.stem() + "…\" (" + term.swedish() + ")");
        }
      }
    }
    assertThat(problems).as("sentences that lose a glossary term").isEmpty();
  }

  @Test
  void noSwedishTextUsesAForbiddenWord() {
    List<String> problems = new ArrayList<>();
    for (Text text : TEXTS) {
      FORBIDDEN.forEach((word, why) -> {
        if (text.swedish().toLowerCase(Locale.ROOT).contains(word)) {
          problems.add(text.where() + ": \"" + text.swedish() + "\": " + why);
        }
      });
    }
    assertThat(problems).as("forbidden words").isEmpty();
  }

  @Test
  void theWebappsSpeakOfArshjuletNotOfCamunda() {
    Set<String> problems = new TreeSet<>();
    for (Text text : TEXTS) {
      if (text.swedish().contains("Camunda") && !CAMUNDA_NAMED.contains(text.key())) {
        problems.add(text.where() + ": \"" + text.swedish() + "\"");
      }
    }
    assertThat(problems).as("Swedish texts that promote Camunda instead of naming Årshjulet").isEmpty();
    assertThat(TEXTS).filteredOn(t -> t.key().equals("labels.AUTH_LOGOUT_THANKS"))
        .extracting(Text::swedish).isNotEmpty().allMatch(s -> s.contains("Årshjulet"));
  }

  /** A label without the white space and colon around it. */
  private static String bare(String label) {
    return label.strip().replaceAll(":$", "").strip();
  }

  /** Whether an English text uses a term as a word of its own, singular, plural or as a verb form. */
  private static boolean uses(String english, String term) {
    return Pattern.compile("\\b" + Pattern.quote(term) + "(s|es|ed|ing)?\\b", Pattern.CASE_INSENSITIVE)
        .matcher(english).find();
  }
}
