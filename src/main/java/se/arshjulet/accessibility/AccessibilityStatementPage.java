package se.arshjulet.accessibility;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.arshjulet.settings.Settings;

/**
 * {@code /tillganglighet}: the accessibility statement (tillgänglighetsredogörelse) that lagen (2018:1937) om
 * tillgänglighet till digital offentlig service requires, after DIGG's model. Open to everyone, without login: parents
 * reach it from the survey, staff from the sign-in page. The county's contact, organisation, review date and own
 * list of shortcomings come from {@link Settings.Accessibility}.
 */
@Controller
public class AccessibilityStatementPage {

  public static final String PATH = "/tillganglighet";

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("sv"));

  private final Settings.Accessibility accessibility;

  public AccessibilityStatementPage(Settings settings) {
    this.accessibility = settings.accessibility();
  }

  @GetMapping(PATH)
  public String page(Model model) {
    model.addAttribute("statement", accessibility);
    model.addAttribute("contactLink", link(accessibility.contact()));
    model.addAttribute("assessed", accessibility.assessed().format(DAY));
    return "accessibility/tillganglighet";
  }

  /** A mailto: or web link for the contact, or null where it is a phone number or a name. */
  static String link(String contact) {
    if (contact == null) {
      return null;
    }
    if (contact.matches("https?://\\S+")) {
      return contact;
    }
    return contact.matches("[^\\s@]+@[^\\s@]+\\.[^\\s@]+") ? "mailto:" + contact : null;
  }
}
