package se.arshjulet.signin;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import se.arshjulet.settings.SignInSettings.IdentityProvider;

/**
 * Who signed in, in the registry's terms: the claim the provider is configured with (e-mail unless set) names one
 * registered person (her Camunda user, made by the registry import). Nobody is created here: a claim that names
 * nobody, or two people, names nobody.
 */
@Component
public class RegistryMatch {

  private final IdentityService identity;

  public RegistryMatch(IdentityService identity) {
    this.identity = identity;
  }

  public Optional<String> username(IdentityProvider provider, Map<String, Object> claims) {
    if (!(claims.get(provider.claim()) instanceof String named) || named.isBlank()) {
      return Optional.empty();
    }
    String value = named.trim();
    List<User> users = switch (provider.match()) {
      case EMAIL -> {
        List<User> exact = identity.createUserQuery().userEmail(value).list();
        yield exact.isEmpty() ? identity.createUserQuery().userEmail(value.toLowerCase(Locale.ROOT)).list() : exact;
      }
      case USERNAME -> identity.createUserQuery().userId(value).list();
    };
    return users.size() == 1 ? Optional.of(users.get(0).getId()) : Optional.empty();
  }
}
