package se.arshjulet.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a test reads off the parent survey's page as a browser would post it back. */
public final class SurveyPage {

  private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

  private SurveyPage() {
  }

  /** The answer token of the page's form. */
  public static String token(String html) {
    Matcher matcher = TOKEN.matcher(html == null ? "" : html);
    if (!matcher.find()) {
      throw new AssertionError("The survey page has no form with an answer token:\n" + html);
    }
    return matcher.group(1);
  }
}
