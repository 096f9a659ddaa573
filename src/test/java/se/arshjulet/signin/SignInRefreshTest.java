package se.arshjulet.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import se.arshjulet.centre.Centre;
import se.arshjulet.centre.StaffMember;
import se.arshjulet.settings.MailSettings;
import se.arshjulet.settings.Settings;
import se.arshjulet.settings.SignInSettings.IdentityProvider;
import se.arshjulet.settings.SignInSettings;
import se.arshjulet.support.EngineTest;

/**
 * A provider's sign-in follows the registry while she works: after five minutes her groups are read again (within the
 * provider's counties); a person who left loses her session; one who logged out in Camunda is not signed in again.
 */
class SignInRefreshTest extends EngineTest {

  @Autowired
  CountyTrust trust;

  private static final IdentityProvider NORTH = new IdentityProvider(List.of("refresh-lan"), "email",
      SignInSettings.Match.EMAIL);
  private final MockHttpSession session = new MockHttpSession();

  private SignInRefresh refresh() {
    Settings settings = Settings.of("https://arshjulet.example.se", new MailSettings("a@example.se", "smtp", null),
        new SignInSettings(SignInSettings.PasswordLogin.ADMINISTRATORS, Duration.ofMinutes(30), null,
            Map.of("norr", NORTH)));
    return new SignInRefresh(settings, trust, engine);
  }

  private static Centre centre(String coordinator) {
    return new Centre("refresh-fc", "Familjecentralen Refresh", "Kommun", "refresh-lan", Centre.Kind.FC, false,
        LocalDate.of(2020, 1, 1), List.of(new StaffMember(coordinator, "Person " + coordinator,
        coordinator + "@region.example", StaffMember.Role.COORDINATOR, null)));
  }

  /** Signed in through the provider {@code minutesAgo} minutes ago. */
  private void signedIn(String username, int minutesAgo) {
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.setSession(session);
    CamundaSession.signIn(request, engine, new CamundaSession.SignedIn("norr", username,
        Instant.now().minus(Duration.ofMinutes(minutesAgo))), trust.granted(username, NORTH));
  }

  private void nextRequest() throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/camunda/api/engine/engine/default/task");
    request.setSession(session);
    refresh().doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
  }

  private UserAuthentication camunda() {
    return (UserAuthentication) AuthenticationUtil.getAuthsFromSession(session)
        .getAuthenticationForProcessEngine(engine.getName());
  }

  @Test
  void aPersonWhoLeftTheRegistryLosesHerSessionWithinFiveMinutes() throws Exception {
    registry.register(List.of(centre("refresh.a")));
    signedIn("refresh.a", 3);
    registry.register(List.of(centre("refresh.b")));

    nextRequest();
    assertThat(session.isInvalid()).as("three minutes: not yet read again").isFalse();
    assertThat(camunda().getGroupIds()).contains("refresh-fc-coordinator");

    signedIn("refresh.a", 6);
    nextRequest();
    assertThat(session.isInvalid()).isTrue();
  }

  @Test
  void aNewRoleArrivesWithinTheProvidersCounties() throws Exception {
    registry.register(List.of(centre("refresh.c")));
    signedIn("refresh.c", 6);
    registry.register(List.of(new Centre("refresh-fc2", "Familjecentralen Två", "Kommun", "refresh-lan",
        Centre.Kind.FC, false, LocalDate.of(2020, 1, 1), List.of(new StaffMember("refresh.c", "Person",
        "refresh.c@region.example", StaffMember.Role.COORDINATOR, null)))));

    nextRequest();

    assertThat(camunda().getGroupIds()).contains("refresh-fc-coordinator", "refresh-fc2-coordinator");
  }

  @Test
  void aPersonWhoLoggedOutInCamundaIsNotSignedInAgain() throws Exception {
    registry.register(List.of(centre("refresh.d")));
    signedIn("refresh.d", 6);
    AuthenticationUtil.getAuthsFromSession(session).removeByEngineName(engine.getName());

    nextRequest();

    assertThat(camunda()).isNull();
    assertThat(session.getAttribute(CamundaSession.SignedIn.ATTRIBUTE)).isNull();
  }
}
