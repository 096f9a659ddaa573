package se.arshjulet.signin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import se.arshjulet.settings.Settings;
import se.arshjulet.settings.SignInSettings.IdentityProvider;

/**
 * Keeps a provider's sign-in in step with the registry, as Camunda's own login is (every five minutes): a person who
 * left the registry loses her session, one whose roles changed gets them, always within the provider's county trust.
 * A person who logged out in Camunda's webapps is not signed in again.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class SignInRefresh extends OncePerRequestFilter {

  static final Duration EVERY = Duration.ofMinutes(5);

  private final Settings settings;
  private final CountyTrust trust;
  private final ProcessEngine engine;

  public SignInRefresh(Settings settings, CountyTrust trust, ProcessEngine engine) {
    this.settings = settings;
    this.trust = trust;
    this.engine = engine;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(CamundaSession.SignedIn.ATTRIBUTE)
        instanceof CamundaSession.SignedIn signedIn
        && signedIn.grantedAt().plus(EVERY).isBefore(Instant.now())) {
      refresh(request, session, signedIn);
    }
    chain.doFilter(request, response);
  }

  private void refresh(HttpServletRequest request, HttpSession session, CamundaSession.SignedIn signedIn) {
    if (!signedIn.username().equals(CamundaSession.username(session, engine))) {
      session.removeAttribute(CamundaSession.SignedIn.ATTRIBUTE);
      return;
    }
    IdentityProvider provider = settings.signIn().providers().get(signedIn.provider());
    CountyTrust.Granted granted = provider == null ? null : trust.granted(signedIn.username(), provider);
    if (granted == null || granted.nothing()) {
      session.invalidate();
      return;
    }
    CamundaSession.signIn(request, engine,
        new CamundaSession.SignedIn(signedIn.provider(), signedIn.username(), Instant.now()), granted);
  }
}
