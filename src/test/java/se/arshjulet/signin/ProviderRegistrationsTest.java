package se.arshjulet.signin;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import se.arshjulet.settings.MailSettings;
import se.arshjulet.settings.Settings;
import se.arshjulet.settings.SignInSettings.IdentityProvider;
import se.arshjulet.settings.SignInSettings;

/** Each client registration has its county trust and each trust its registration, or the start stops naming it. */
class ProviderRegistrationsTest {

  private static ClientRegistration registration(String id) {
    return ClientRegistration.withRegistrationId(id).clientId("arshjulet").clientSecret("hemligt")
        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
        .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}").scope("openid")
        .authorizationUri("https://idp.example/authorize").tokenUri("https://idp.example/token")
        .jwkSetUri("https://idp.example/jwks").userNameAttributeName("sub").build();
  }

  private static Settings trusting(String... providers) {
    Map<String, IdentityProvider> trust = new HashMap<>();
    for (String provider : providers) {
      trust.put(provider, new IdentityProvider(List.of("jamtland"), "email", SignInSettings.Match.EMAIL));
    }
    return Settings.of("https://arshjulet.example.se", new MailSettings("a@example.se", "smtp", null),
        new SignInSettings(SignInSettings.PasswordLogin.EVERYONE, Duration.ofMinutes(30), null, trust));
  }

  @Test
  void aRegistrationWithoutCountiesIsNamed() {
    assertThatThrownBy(() -> SignInSecurity.sameProviders(trusting("region-a"),
        new InMemoryClientRegistrationRepository(registration("region-a"), registration("region-b"))))
        .hasMessageContaining("arshjulet.sign-in.providers.region-b.counties");
  }

  @Test
  void countiesWithoutARegistrationAreNamed() {
    assertThatThrownBy(() -> SignInSecurity.sameProviders(trusting("region-a", "region-c"),
        new InMemoryClientRegistrationRepository(registration("region-a"))))
        .hasMessageContaining("spring.security.oauth2.client.registration.region-c");
  }

  @Test
  void matchingRegistrationsAndTrustStart() {
    assertThatCode(() -> SignInSecurity.sameProviders(trusting("region-a"),
        new InMemoryClientRegistrationRepository(registration("region-a")))).doesNotThrowAnyException();
  }
}
