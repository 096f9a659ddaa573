package se.arshjulet.signin;

import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.autoconfigure.security.oauth2.client.ClientsConfiguredCondition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import se.arshjulet.settings.MissingSetting;
import se.arshjulet.settings.Settings;

/**
 * Sign-in with the organisation's account (OpenID Connect, authorization code flow), on when client registrations are
 * configured ({@code spring.security.oauth2.client.registration.*}). Spring Security talks to the provider; the
 * registry decides what the person may do ({@link SignedInHandler}); signing out ends the session here and, where
 * the provider offers it, at the provider (RP-initiated logout).
 */
@Configuration
@Conditional(ClientsConfiguredCondition.class)
public class SignInSecurity {

  @Bean
  @Order(-1)
  SecurityFilterChain organisationSignIn(HttpSecurity http, Settings settings,
                                         InMemoryClientRegistrationRepository registrations, RegistryMatch registry,
                                         CountyTrust trust, ProcessEngine engine) throws Exception {
    sameProviders(settings, registrations);
    OidcClientInitiatedLogoutSuccessHandler signedOut = new OidcClientInitiatedLogoutSuccessHandler(registrations);
    signedOut.setPostLogoutRedirectUri(settings.link("/utloggad"));
    signedOut.setDefaultTargetUrl("/utloggad");
    return http.securityMatcher(SignInPages.PATH, SignInPages.PATH + "/**", "/oauth2/**", "/login/oauth2/**",
            "/logga-ut", "/utloggad")
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .oauth2Login(login -> login.loginPage(SignInPages.PATH)
            .successHandler(new SignedInHandler(settings, registry, trust, engine))
            .failureUrl(SignInPages.PATH + "?fel=leverantor"))
        .logout(logout -> logout
            .logoutRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/logga-ut"))
            .logoutSuccessHandler(signedOut))
        .csrf(csrf -> csrf.csrfTokenRepository(new HttpSessionCsrfTokenRepository()))
        .build();
  }

  /** Every client registration has its county trust, and every trust names a registration. */
  static void sameProviders(Settings settings, InMemoryClientRegistrationRepository registrations) {
    Set<String> registered = new HashSet<>();
    for (ClientRegistration registration : registrations) {
      registered.add(registration.getRegistrationId());
      if (!settings.signIn().providers().containsKey(registration.getRegistrationId())) {
        throw new MissingSetting("arshjulet.sign-in.providers." + registration.getRegistrationId() + ".counties",
            null, "de län som identitetsleverantören " + registration.getRegistrationId() + " får logga in personal för",
            "the counties whose staff the identity provider " + registration.getRegistrationId() + " may sign in");
      }
    }
    settings.signIn().providers().keySet().stream().filter(id -> !registered.contains(id)).findFirst()
        .ifPresent(id -> {
          throw new MissingSetting("spring.security.oauth2.client.registration." + id, null,
              "klient-id, hemlighet och leverantör (issuer-uri) för identitetsleverantören " + id,
              "the client id, secret and provider (issuer-uri) of the identity provider " + id);
        });
  }
}
