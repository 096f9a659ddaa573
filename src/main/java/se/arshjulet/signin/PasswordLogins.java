package se.arshjulet.signin;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.stereotype.Component;
import se.arshjulet.operations.MonitoringGroup;
import se.arshjulet.settings.Settings;
import se.arshjulet.settings.SignInSettings.PasswordLogin;

/**
 * Who may still sign in with a password. With {@code arshjulet.sign-in.password-login: administrators} only the system
 * administrators (the break-glass account) and the monitoring account do; staff sign in through their organisation.
 */
@Component
public class PasswordLogins {

  private final Settings settings;
  private final IdentityService identity;

  public PasswordLogins(Settings settings, IdentityService identity) {
    this.settings = settings;
    this.identity = identity;
  }

  public boolean allowed(String username) {
    if (settings.signIn().passwordLogin() == PasswordLogin.EVERYONE) {
      return true;
    }
    return username != null && identity.createUserQuery().userId(username)
        .memberOfGroup(Groups.CAMUNDA_ADMIN).count() + identity.createUserQuery().userId(username)
        .memberOfGroup(MonitoringGroup.ID).count() > 0;
  }

  public boolean forEveryone() {
    return settings.signIn().passwordLogin() == PasswordLogin.EVERYONE;
  }
}
