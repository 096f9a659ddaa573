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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Camunda's English texts (from the webjar) and our Swedish ones (from our resources), read without Spring. */
final class WebappLocales {

  static final List<String> WEBAPPS = List.of("tasklist", "cockpit", "admin", "welcome");
  private static final String APP = "META-INF/resources/webjars/camunda/app/";
  private static final ObjectMapper JSON = new ObjectMapper();

  private WebappLocales() {
  }

  /** The webjar's en.json of a webapp as leaf values by path. */
  static Map<String, JsonNode> english(String webapp) throws IOException {
    return leaves(JSON.readTree(text(webjarResource(webapp + "/locales/en.json"))));
  }

  /** Our sv.json of a webapp as leaf values by path. */
  static Map<String, JsonNode> swedish(String webapp) throws IOException {
    return leaves(JSON.readTree(text(ownResource(webapp + "/locales/sv.json"))));
  }

  /** The English original: the webjar's copy, even if the class path ever holds one of our own. */
  static URL webjarResource(String path) throws IOException {
    for (URL url : Collections.list(loader().getResources(APP + path))) {
      if (url.getProtocol().equals("jar") && url.getPath().contains("camunda-webapp-webjar")) {
        return url;
      }
    }
    throw new AssertionError("no " + APP + path + " in the Camunda webjar on the class path");
  }

  /** Ours: the first on the class path (the one that is served), and not the webjar's. */
  static URL ownResource(String path) throws IOException {
    URL url = loader().getResource(APP + path);
    assertThat(url).as("%s on the class path", path).isNotNull();
    assertThat(url.toString()).as("%s comes first from our resources, not the webjar", path)
        .doesNotContain("camunda-webapp-webjar");
    return url;
  }

  private static ClassLoader loader() {
    return WebappLocales.class.getClassLoader();
  }

  /** Strict UTF-8; the webjar's BOM is dropped, ours must not have one. */
  static String text(URL url) throws IOException {
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
  static Map<String, JsonNode> leaves(JsonNode root) {
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
}
