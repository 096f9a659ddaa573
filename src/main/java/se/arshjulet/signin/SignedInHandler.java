package se.arshjulet.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import se.arshjulet.settings.Settings;
import se.arshjulet.settings.SignInSettings.IdentityProvider;

/**
 * After the identity provider said who she is: the registry says what she may do. A person it does not know, or who
 * has no role in the counties that provider is trusted for, is signed out again and shown whom to contact; nothing is
 * created for her.
 */
class SignedInHandler implements AuthenticationSuccessHandler {

  private static final Logger log = LoggerFactory.getLogger(SignedInHandler.class);

  private final Settings settings;
  private final RegistryMatch registry;
  private final CountyTrust trust;
  private final ProcessEngine engine;

  SignedInHandler(Settings settings, RegistryMatch registry, CountyTrust trust, ProcessEngine engine) {
    this.settings = settings;
    this.registry = registry;
    this.trust = trust;
    this.engine = engine;
  }

  @Override
  public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                      Authentication authentication) throws IOException {
    OAuth2AuthenticationToken token = (OAuth2AuthenticationToken) authentication;
    String providerId = token.getAuthorizedClientRegistrationId();
    IdentityProvider provider = settings.signIn().providers().get(providerId);
    Optional<String> username = provider == null || !(token.getPrincipal() instanceof OidcUser person)
        ? Optional.empty() : registry.username(provider, person.getClaims());
    CountyTrust.Granted granted = username.map(user -> trust.granted(user, provider)).orElse(null);
    if (granted == null || granted.nothing()) {
      log.info("Sign-in through {} refused: {} (subject {})", providerId,
          username.isEmpty() ? "not in the registry" : "no role in the counties it is trusted for", token.getName());
      new SecurityContextLogoutHandler().logout(request, response, authentication);
      response.sendRedirect(SignInPages.PATH + "/okand");
      return;
    }
    CamundaSession.signIn(request, engine, new CamundaSession.SignedIn(providerId, username.get(), Instant.now()),
        granted);
    response.sendRedirect(SignInPages.after(request.getSession()));
  }

}
