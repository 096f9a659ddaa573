package se.arshjulet.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our Swedish texts for Camunda's webapps against the English ones of the webjar on the class path,
 * so that an engine upgrade lists every key that lacks Swedish. No Spring context.
 */
class SwedishLocaleTest {

  /** Emptied on purpose: the Camunda 8 migration banner is not shown (see styles/user-styles.css). */
  private static final String BANNER_KEY = "labels.BANNER_CE_EOL_TEXT";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(.*?)\\s*}}");
  /** HTML elements only: "<undefined>" or "<Operation>" are texts to translate. */
  private static final Pattern TAG = Pattern.compile(
      "</?(?:a|b|br|code|div|em|i|li|ol|p|pre|small|span|strong|sub|sup|u|ul)(?:\\s[^<>]*)?/?>");
  private static final Pattern PRINTF = Pattern.compile("%[ds]");

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void swedishHasExactlyTheKeysOfTheWebjarsEnglish(String webapp) throws IOException {
    Map<String, JsonNode> en = WebappLocales.english(webapp);
    Map<String, JsonNode> sv = WebappLocales.swedish(webapp);

    List<String> problems = new ArrayList<>();
    new TreeSet<>(en.keySet()).stream().filter(k -> !sv.containsKey(k)).forEach(k -> problems.add("no Swedish: " + k));
    new TreeSet<>(sv.keySet()).stream().filter(k -> !en.containsKey(k)).forEach(k -> problems.add("not in en.json: " + k));
    assertThat(problems).as("%s: sv.json against the webjar's en.json (%d keys)", webapp, en.size()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void swedishKeepsPlaceholdersAndHtmlTagsOfTheEnglish(String webapp) throws IOException {
    Map<String, JsonNode> en = WebappLocales.english(webapp);
    Map<String, JsonNode> sv = WebappLocales.swedish(webapp);

    List<String> problems = new ArrayList<>();
    en.forEach((key, english) -> {
      JsonNode swedish = sv.get(key);
      if (swedish == null || !english.isTextual() || key.equals(BANNER_KEY)) {
        return;
      }
      String e = english.asText();
      String s = swedish.asText();
      if (!e.isBlank() && s.isBlank()) {
        problems.add(key + ": empty");
      }
      for (Pattern p : List.of(PLACEHOLDER, TAG, PRINTF)) {
        List<String> lacking = new ArrayList<>(matches(p, e));
        for (String found : matches(p, s)) {
          lacking.remove(found);
        }
        if (!lacking.isEmpty()) {
          problems.add(key + ": lacks " + lacking + " in \"" + s + "\"");
        }
      }
    });
    assertThat(problems).as("%s: sv.json values that lose a placeholder or tag of en.json", webapp).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void ownConfigOffersSwedishAndEnglishAndFallsBackToSwedish(String webapp) throws IOException {
    String config = withoutComments(WebappLocales.text(WebappLocales.ownResource(webapp + "/scripts/config.js")));
    Matcher locales = Pattern.compile(
        "locales['\"]?\\s*:\\s*\\{\\s*['\"]?availableLocales['\"]?\\s*:\\s*\\[([^\\]]*)]\\s*,"
            + "\\s*['\"]?fallbackLocale['\"]?\\s*:\\s*['\"](\\w+)['\"]").matcher(config);
    assertThat(locales.find()).as("%s: config.js has a locales block", webapp).isTrue();
    List<String> available = matches(Pattern.compile("['\"](\\w+)['\"]"), locales.group(1));
    assertThat(available).as("%s: availableLocales", webapp).contains("sv", "en");
    assertThat(locales.group(2)).as("%s: fallbackLocale", webapp).isEqualTo("sv");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void ownUserStylesHideTheMigrationBanner(String webapp) throws IOException {
    String css = withoutComments(WebappLocales.text(WebappLocales.ownResource(webapp + "/styles/user-styles.css")));
    assertThat(css).as("%s: user-styles.css", webapp)
        .containsPattern("\\.ce-eol-banner\\s*\\{[^}]*display\\s*:\\s*none");
  }

  private static List<String> matches(Pattern p, String s) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(s);
    while (m.find()) {
      out.add(m.groupCount() > 0 ? m.group(1) : m.group());
    }
    return out;
  }

  private static String withoutComments(String source) {
    return source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
  }
}
