package se.arshjulet.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
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

  private static final String APP = "META-INF/resources/webjars/camunda/app/";
  /** Emptied on purpose: the Camunda 8 migration banner is not shown (see styles/user-styles.css). */
  private static final String BANNER_KEY = "labels.BANNER_CE_EOL_TEXT";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(.*?)\\s*}}");
  /** HTML elements only: "<undefined>" or "<Operation>" are texts to translate. */
  private static final Pattern TAG = Pattern.compile(
      "</?(?:a|b|br|code|div|em|i|li|ol|p|pre|small|span|strong|sub|sup|u|ul)(?:\\s[^<>]*)?/?>");
  private static final Pattern PRINTF = Pattern.compile("%[ds]");

  private final ObjectMapper json = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void swedishHasExactlyTheKeysOfTheWebjarsEnglish(String webapp) throws IOException {
    Map<String, JsonNode> en = leaves(json.readTree(text(webjarResource(webapp + "/locales/en.json"))));
    Map<String, JsonNode> sv = leaves(json.readTree(text(ownResource(webapp + "/locales/sv.json"))));

    List<String> problems = new ArrayList<>();
    new TreeSet<>(en.keySet()).stream().filter(k -> !sv.containsKey(k)).forEach(k -> problems.add("no Swedish: " + k));
    new TreeSet<>(sv.keySet()).stream().filter(k -> !en.containsKey(k)).forEach(k -> problems.add("not in en.json: " + k));
    assertThat(problems).as("%s: sv.json against the webjar's en.json (%d keys)", webapp, en.size()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void swedishKeepsPlaceholdersAndHtmlTagsOfTheEnglish(String webapp) throws IOException {
    Map<String, JsonNode> en = leaves(json.readTree(text(webjarResource(webapp + "/locales/en.json"))));
    Map<String, JsonNode> sv = leaves(json.readTree(text(ownResource(webapp + "/locales/sv.json"))));

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
    String config = withoutComments(text(ownResource(webapp + "/scripts/config.js")));
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
    String css = withoutComments(text(ownResource(webapp + "/styles/user-styles.css")));
    assertThat(css).as("%s: user-styles.css", webapp)
        .containsPattern("\\.ce-eol-banner\\s*\\{[^}]*display\\s*:\\s*none");
  }

  /** The English original: the webjar's copy, even if the class path ever holds one of our own. */
  private static URL webjarResource(String path) throws IOException {
    for (URL url : Collections.list(loader().getResources(APP + path))) {
      if (url.getProtocol().equals("jar") && url.getPath().contains("camunda-webapp-webjar")) {
        return url;
      }
    }
    throw new AssertionError("no " + APP + path + " in the Camunda webjar on the class path");
  }

  /** Ours: the first on the class path (the one that is served), and not the webjar's. */
  private static URL ownResource(String path) throws IOException {
    URL url = loader().getResource(APP + path);
    assertThat(url).as("%s on the class path", path).isNotNull();
    assertThat(url.toString()).as("%s comes first from our resources, not the webjar", path)
        .doesNotContain("camunda-webapp-webjar");
    return url;
  }

  private static ClassLoader loader() {
    return SwedishLocaleTest.class.getClassLoader();
  }

  /** Strict UTF-8; the webjar's BOM is dropped, ours must not have one. */
  private static String text(URL url) throws IOException {
    byte[] bytes;
    try (InputStream in = url.openStream()) {
      bytes = in.readAllBytes();
    }
    boolean bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf;
    if (bom) {
      assertThat(url.toString()).as("BOM in our file %s", url).contains("camunda-webapp-webjar");
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, bom ? 3 : 0, bytes.length - (bom ? 3 : 0)))
          .toString();
    } catch (CharacterCodingException e) {
      throw new AssertionError(url + " is not UTF-8", e);
    }
  }

  /** Leaf values by path, e.g. "labels.LOADING" or "dateLocales.months[0]". */
  private static Map<String, JsonNode> leaves(JsonNode root) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    collect("", root, out);
    return out;
  }

  private static void collect(String path, JsonNode node, Map<String, JsonNode> out) {
    if (node.isObject()) {
      node.fields().forEachRemaining(f -> collect(path.isEmpty() ? f.getKey() : path + "." + f.getKey(), f.getValue(), out));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(path + "[" + i + "]", node.get(i), out);
      }
    } else {
      out.put(path, node);
    }
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
