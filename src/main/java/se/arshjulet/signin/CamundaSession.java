package se.arshjulet.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * Hands a signed-in person to Camunda's webapps: the same session authentication their own login writes, so Tasklist,
 * Cockpit, Admin and the product's pages ({@code security.CamundaWebappSession}) see her as logged in.
 */
final class CamundaSession {

  /** A sign-in through an identity provider, kept in the session for {@link SignInRefresh}. */
  record SignedIn(String provider, String username, Instant grantedAt) implements Serializable {

    static final String ATTRIBUTE = "arshjulet.signedIn";
  }

  /**
   * Camunda re-reads a person's groups from its identity service every few minutes (its authentication cache), which
   * would give back the groups of counties the provider is not trusted for; {@link SignInRefresh} does it instead.
   */
  private static final Date NOT_BY_CAMUNDA = Date.from(Instant.parse("9999-01-01T00:00:00Z"));

  private CamundaSession() {
  }

  /** After a provider's sign-in: her groups and tenants as the provider's county trust grants them. */
  static void signIn(HttpServletRequest request, ProcessEngine engine, SignedIn signedIn, CountyTrust.Granted granted) {
    UserAuthentication authentication = AuthenticationUtil.createAuthentication(engine, signedIn.username(),
        granted.groups(), granted.tenants());
    authentication.setCacheValidationTime(NOT_BY_CAMUNDA);
    HttpSession session = request.getSession();
    store(session, authentication);
    session.setAttribute(SignedIn.ATTRIBUTE, signedIn);
  }

  /** After a password sign-in: Camunda reads her groups itself, as after its own login. */
  static void signInWithPassword(HttpServletRequest request, ProcessEngine engine, String username) {
    store(request.getSession(), AuthenticationUtil.createAuthentication(engine, username));
  }

  /** The person Camunda's webapps see in this session, or null. */
  static String username(HttpSession session, ProcessEngine engine) {
    var authentication = AuthenticationUtil.getAuthsFromSession(session)
        .getAuthenticationForProcessEngine(engine.getName());
    return authentication == null ? null : authentication.getIdentityId();
  }

  private static void store(HttpSession session, UserAuthentication authentication) {
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    authentications.addOrReplace(authentication);
    AuthenticationUtil.updateSession(session, authentications);
  }
}
