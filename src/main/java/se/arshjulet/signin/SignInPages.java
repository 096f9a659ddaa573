package se.arshjulet.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.autoconfigure.security.oauth2.client.ClientsConfiguredCondition;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import se.arshjulet.settings.Settings;

/**
 * The product's sign-in pages, in Swedish: the choice of organisation (and the password form for those who may
 * still use one), the refusal of a person the registry does not know, and the page after signing out.
 */
@Controller
@Conditional(ClientsConfiguredCondition.class)
public class SignInPages {

  public static final String PATH = "/logga-in";
  private static final String AFTER = "arshjulet.signIn.after";
  private static final String DEFAULT_AFTER = "/camunda/app/tasklist/";

  /** One organisation to sign in with: its name and where its sign-in starts. */
  public record Choice(String name, String href) {
  }

  private final Settings settings;
  private final InMemoryClientRegistrationRepository registrations;
  private final PasswordLogins passwords;
  private final IdentityService identity;
  private final ProcessEngine engine;

  public SignInPages(Settings settings, InMemoryClientRegistrationRepository registrations, PasswordLogins passwords,
                     IdentityService identity, ProcessEngine engine) {
    this.settings = settings;
    this.registrations = registrations;
    this.passwords = passwords;
    this.identity = identity;
    this.engine = engine;
  }

  @GetMapping(PATH)
  public String choose(@RequestParam(name = "efter", required = false) String after,
                       @RequestParam(name = "fel", required = false) String error, HttpSession session, Model model) {
    remember(session, after);
    List<Choice> choices = new ArrayList<>();
    for (ClientRegistration registration : registrations) {
      if (settings.signIn().providers().containsKey(registration.getRegistrationId())) {
        choices.add(new Choice(registration.getClientName(), "/oauth2/authorization/" + registration.getRegistrationId()));
      }
    }
    model.addAttribute("choices", choices);
    model.addAttribute("passwordForEveryone", passwords.forEveryone());
    model.addAttribute("error", error == null ? null : switch (error) {
      case "losenord" -> "Fel användarnamn eller lösenord, eller för många försök: vänta en stund och försök igen.";
      case "personal" -> "Lösenord är bara till för systemadministratörer. Logga in med din organisations konto.";
      default -> "Inloggningen misslyckades. Försök igen.";
    });
    return "signin/logga-in";
  }

  /** The password form: every user, or (password login for administrators only) the break-glass account. */
  @PostMapping(PATH + "/losenord")
  public String password(@RequestParam String username, @RequestParam String password, HttpServletRequest request) {
    String user = username.trim();
    if (!identity.checkPassword(user, password)) {
      return "redirect:" + PATH + "?fel=losenord";
    }
    if (!passwords.allowed(user)) {
      return "redirect:" + PATH + "?fel=personal";
    }
    request.changeSessionId();
    CamundaSession.signInWithPassword(request, engine, user);
    return "redirect:" + after(request.getSession());
  }

  @GetMapping(PATH + "/okand")
  public String unknown(Model model, HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    model.addAttribute("contact", settings.signIn().contact());
    return "signin/okand";
  }

  @GetMapping("/utloggad")
  public String signedOut() {
    return "signin/utloggad";
  }

  /** For the webapps' script: whether staff sign in here (so Camunda's own login form is not where they go). */
  @GetMapping(path = PATH + "/lage", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  public Map<String, Object> mode() {
    return Map.of("organisationskonto", true, "utloggning", "/logga-ut");
  }

  /** Where to go after signing in: a path of this product that was asked for, else Tasklist. */
  static String after(HttpSession session) {
    Object after = session.getAttribute(AFTER);
    session.removeAttribute(AFTER);
    return after instanceof String path ? path : DEFAULT_AFTER;
  }

  static void remember(HttpSession session, String after) {
    if (after != null && after.startsWith("/") && !after.startsWith("//") && !after.contains("\\")) {
      session.setAttribute(AFTER, after);
    }
  }
}
