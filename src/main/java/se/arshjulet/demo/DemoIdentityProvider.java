package se.arshjulet.demo;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;
import org.springframework.web.util.HtmlUtils;

/**
 * A small, real OpenID provider (Spring Authorization Server) in an application context of its own, on 127.0.0.1:
 * the region's identity provider of the sign-in demo and of the sign-in tests. It knows people by user name and
 * password, puts their e-mail and name in the ID token, and signs them out again (RP-initiated logout). Its page is
 * Swedish. Not a component of the product: it starts only through {@link #start}.
 */
public final class DemoIdentityProvider implements AutoCloseable {

  /** A person the provider knows. */
  public record Person(String username, String password, String name, String email) {
  }

  /** A product that signs people in here, with the registration id its sign-in is configured with. */
  public record Client(String clientId, String secret, String productBaseUrl, String registrationId) {
  }

  private final ConfigurableApplicationContext context;

  private DemoIdentityProvider(ConfigurableApplicationContext context) {
    this.context = context;
  }

  /** Starts the provider on 127.0.0.1 at {@code port} (0: a free one). */
  public static DemoIdentityProvider start(int port, List<Person> people, List<Client> clients) {
    Setup setup = new Setup(people, clients);
    ConfigurableApplicationContext context = new SpringApplicationBuilder(Server.class)
        .web(WebApplicationType.SERVLET)
        .initializers(ctx -> ((GenericApplicationContext) ctx).registerBean(Setup.class, () -> setup))
        .properties(Map.of("spring.config.name", "demo-identity-provider", "server.port", String.valueOf(port),
            "server.address", "127.0.0.1", "spring.main.banner-mode", "off",
            "server.servlet.session.cookie.name", "IDPSESSION"))
        .run();
    return new DemoIdentityProvider(context);
  }

  /** Its issuer, which the product's {@code provider.<id>.issuer-uri} names. */
  public String issuer() {
    return "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  @Override
  public void close() {
    context.close();
  }

  record Setup(List<Person> people, List<Client> clients) {
  }

  /** The provider's beans; no {@code @Configuration}, so the product's component scan never picks it up. */
  @EnableWebSecurity
  @ImportAutoConfiguration({ServletWebServerFactoryAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
      WebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class})
  static class Server {

    @Bean
    @Order(1)
    SecurityFilterChain protocol(HttpSecurity http) throws Exception {
      OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
      return http.securityMatcher(server.getEndpointsMatcher())
          .with(server, configurer -> configurer.oidc(oidc -> { }))
          .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
          // The user-info endpoint takes the access tokens it issued.
          .oauth2ResourceServer(resources -> resources.jwt(jwt -> { }))
          .exceptionHandling(handling -> handling.defaultAuthenticationEntryPointFor(
              new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
          .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain signIn(HttpSecurity http) throws Exception {
      return http.authorizeHttpRequests(requests -> requests.requestMatchers("/login").permitAll()
              .anyRequest().authenticated())
          .formLogin(form -> form.loginPage("/login"))
          .build();
    }

    @Bean
    RouterFunction<ServerResponse> loginPage() {
      return RouterFunctions.route().GET("/login", request -> {
        CsrfToken csrf = (CsrfToken) request.servletRequest().getAttribute(CsrfToken.class.getName());
        boolean failed = request.param("error").isPresent();
        return ServerResponse.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
            .body(LoginPage.html(csrf, failed));
      }).build();
    }

    @Bean
    UserDetailsService people(Setup setup) {
      return new InMemoryUserDetailsManager(setup.people().stream()
          .map(person -> User.withUsername(person.username()).password("{noop}" + person.password()).roles("STAFF")
              .build()).toList());
    }

    @Bean
    RegisteredClientRepository clients(Setup setup) {
      return new InMemoryRegisteredClientRepository(setup.clients().stream().map(client -> RegisteredClient
          .withId(UUID.randomUUID().toString())
          .clientId(client.clientId())
          .clientSecret("{noop}" + client.secret())
          .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
          .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
          .redirectUri(client.productBaseUrl() + "/login/oauth2/code/" + client.registrationId())
          .postLogoutRedirectUri(client.productBaseUrl() + "/utloggad")
          .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE).scope(OidcScopes.EMAIL)
          .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
          .build()).toList());
    }

    /** The person's e-mail and name in her ID token. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> claims(Setup setup) {
      Map<String, Person> byUsername = setup.people().stream()
          .collect(Collectors.toMap(Person::username, Function.identity()));
      return context -> {
        Person person = byUsername.get(context.getPrincipal().getName());
        if (person != null && OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
          context.getClaims().claim("email", person.email()).claim("name", person.name())
              .claim("preferred_username", person.username());
        }
      };
    }

    @Bean
    JWKSource<SecurityContext> keys() throws NoSuchAlgorithmException {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      var pair = generator.generateKeyPair();
      RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
          .keyID(UUID.randomUUID().toString()).build();
      return new ImmutableJWKSet<>(new JWKSet(key));
    }

    @Bean
    JwtDecoder accessTokens(JWKSource<SecurityContext> keys) {
      return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
    }

    @Bean
    AuthorizationServerSettings serverSettings() {
      return AuthorizationServerSettings.builder().build();
    }
  }

  /** The provider's sign-in page, in Swedish. */
  static final class LoginPage {

    private LoginPage() {
    }

    static String html(CsrfToken csrf, boolean failed) {
      return """
          <!DOCTYPE html>
          <html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
          <title>Logga in – Regionens inloggning (demo)</title>
          <style>body{font-family:Arial,sans-serif;font-size:18px;max-width:28rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
          h1{font-size:1.5rem}label{display:block;font-weight:bold;margin:1rem 0 .3rem}
          input{font:inherit;width:100%%;box-sizing:border-box;padding:.5rem;border:1px solid #546e7a}
          button{font:inherit;font-weight:bold;margin-top:1.2rem;width:100%%;min-height:48px;background:#1b5e20;color:#fff;border:0}
          .error{border-left:6px solid #b71c1c;background:#ffebee;padding:.6rem 1rem}</style></head>
          <body><main><h1>Regionens inloggning (demo)</h1>
          <p>Den här inloggningen står för din organisations konto i demot.</p>%s
          <form method="post" action="/login">
          <label for="username">Användarnamn</label><input id="username" name="username" autocomplete="username" required>
          <label for="password">Lösenord</label><input id="password" name="password" type="password" autocomplete="current-password" required>
          <input type="hidden" name="%s" value="%s">
          <button type="submit">Logga in</button></form></main></body></html>
          """.formatted(failed ? "<p class=\"error\" role=\"alert\">Fel användarnamn eller lösenord.</p>" : "",
          HtmlUtils.htmlEscape(csrf.getParameterName()), HtmlUtils.htmlEscape(csrf.getToken()));
    }
  }
}
