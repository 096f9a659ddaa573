package se.arshjulet.signin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import se.arshjulet.settings.Settings;

/**
 * Where staff sign in when identity providers are configured: opening Tasklist, Cockpit or Admin without being signed
 * in leads to the product's sign-in page, never to Camunda's password form.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class WebappEntry extends OncePerRequestFilter {

  /** The webapps' HTML entry pages (their scripts, styles and APIs are not entries). */
  private static final Pattern ENTRY =
      Pattern.compile("/camunda/?|/camunda/app/?|/camunda/app/(tasklist|cockpit|admin|welcome)(/[^/]+)?/?(index\\.html)?");

  private final Settings settings;
  private final ProcessEngine engine;

  public WebappEntry(Settings settings, ProcessEngine engine) {
    this.settings = settings;
    this.engine = engine;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !settings.signIn().withOrganisationAccounts() || !"GET".equals(request.getMethod())
        || !ENTRY.matcher(request.getRequestURI()).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    if (session != null && CamundaSession.username(session, engine) != null) {
      chain.doFilter(request, response);
      return;
    }
    response.sendRedirect(SignInPages.PATH + "?efter="
        + URLEncoder.encode(request.getRequestURI(), StandardCharsets.UTF_8));
  }
}
