package se.arshjulet.settings;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How staff sign in ({@code arshjulet.sign-in}). Each identity provider is a Spring Security client registration
 * ({@code spring.security.oauth2.client.registration.<id>}, issuer discovery through {@code provider.<id>.issuer-uri})
 * and an entry here under the same id that says which counties it is trusted for and which claim names the person.
 *
 * @param passwordLogin who may still sign in with a password: {@code everyone}, or {@code administrators} (the system
 *                      administrators' break-glass account and the monitoring account)
 * @param idleTimeout   a session unused this long is ended
 * @param contact       whom a person the registry does not know should contact (shown on the refusal page)
 * @param providers     the identity providers, by client registration id
 */
public record SignInSettings(@DefaultValue("everyone") PasswordLogin passwordLogin,
                             @DefaultValue("30m") Duration idleTimeout,
                             String contact,
                             Map<String, IdentityProvider> providers) {

  public enum PasswordLogin { EVERYONE, ADMINISTRATORS }

  /** The claim that names the person, and what of the registry it matches. */
  public enum Match { EMAIL, USERNAME }

  /**
   * One organisation's identity provider.
   *
   * @param counties the counties (tenant ids) whose staff it may sign in; {@code *} for every county, which also
   *                 lets it sign in system administrators
   * @param claim    the ID token claim that names the person ({@code email} unless set)
   * @param match    what of the registry the claim is compared with: the person's {@code email} or {@code username}
   */
  public record IdentityProvider(List<String> counties, @DefaultValue("email") String claim,
                                 @DefaultValue("email") Match match) {

    public boolean trusts(String county) {
      return counties.contains("*") || counties.contains(county);
    }

    public boolean trustsEveryCounty() {
      return counties.contains("*");
    }
  }

  public SignInSettings {
    providers = providers == null ? Map.of() : Map.copyOf(providers);
    contact = contact == null || contact.isBlank() ? "länets samordnare för familjecentralerna" : contact;
    providers.forEach((id, provider) -> {
      if (provider.counties() == null || provider.counties().isEmpty()) {
        throw new MissingSetting("arshjulet.sign-in.providers." + id + ".counties", null,
            "de län (tenant-id, t.ex. jamtland) som identitetsleverantören får logga in personal för",
            "the counties (tenant ids, e.g. jamtland) whose staff this identity provider may sign in");
      }
    });
    if (passwordLogin == PasswordLogin.ADMINISTRATORS && providers.isEmpty()) {
      throw new MissingSetting("arshjulet.sign-in.providers", null,
          "minst en identitetsleverantör när bara administratörer får logga in med lösenord",
          "at least one identity provider when only administrators may sign in with a password");
    }
  }

  public boolean withOrganisationAccounts() {
    return !providers.isEmpty();
  }
}
