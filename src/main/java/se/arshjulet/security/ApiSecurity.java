package se.arshjulet.security;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import se.arshjulet.accessibility.AccessibilityStatementPage;
import se.arshjulet.settings.Settings;
import se.arshjulet.signin.PasswordLogins;
import se.arshjulet.signin.SignInPages;

/**
 * Who may call what. The product's API ({@code /api/**}) and Camunda's REST API ({@code /engine-rest/**}) both
 * take HTTP Basic credentials checked against Camunda's identity service (password policy and lock-out included).
 * The webapps (Tasklist, Cockpit, Admin) keep their own login.
 */
@Configuration
public class ApiSecurity {

  @Bean
  @Order(2)
  SecurityFilterChain productApi(HttpSecurity http) throws Exception {
    return http.securityMatcher("/api/**")
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .httpBasic(Customizer.withDefaults())
        .csrf(csrf -> csrf.disable())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .build();
  }

  /** The CSRF tokens of the pages' forms, kept in the HTTP session (the Tasklist login's). */
  private static final CsrfTokenRepository PAGE_FORM_TOKENS = new HttpSessionCsrfTokenRepository();

  /**
   * The product's pages (the wheel picture, the county overview, the follow-up documents and their downloads): the
   * Tasklist login, or HTTP Basic. Without either, a Swedish page that points to the login. Read-only (GET); a page
   * with a form gets the CSRF token that {@link #productPageForms} checks.
   */
  @Bean
  @Order(1)
  SecurityFilterChain productPages(HttpSecurity http, Settings settings) throws Exception {
    AuthenticationEntryPoint pleaseLogIn = pleaseLogIn(settings);
    return http.securityMatcher(request -> "GET".equals(request.getMethod()) && isPage(request.getRequestURI()))
        .addFilterBefore(new CamundaWebappSession(), BasicAuthenticationFilter.class)
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(pleaseLogIn))
        .exceptionHandling(handling -> handling.authenticationEntryPoint(pleaseLogIn))
        .csrf(csrf -> csrf.csrfTokenRepository(PAGE_FORM_TOKENS))
        .build();
  }

  /**
   * What the pages' forms send (the year page's "Prenumerera i Outlook"): the Tasklist session only, no HTTP Basic
   * (a browser would send remembered Basic credentials from any site), and the CSRF token of the page's form, checked
   * before anything else. Without the token: 403 and a Swedish page; without the session: 401.
   */
  @Bean
  @Order(0)
  SecurityFilterChain productPageForms(HttpSecurity http, Settings settings) throws Exception {
    return http.securityMatcher(request -> "POST".equals(request.getMethod()) && isPageForm(request.getRequestURI()))
        .addFilterBefore(new CamundaWebappSession(), BasicAuthenticationFilter.class)
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .exceptionHandling(handling -> handling.authenticationEntryPoint(pleaseLogIn(settings))
            .accessDeniedHandler(ApiSecurity::formRefused))
        .csrf(csrf -> csrf.csrfTokenRepository(PAGE_FORM_TOKENS))
        .requestCache(cache -> cache.disable())
        .build();
  }

  static boolean isPageForm(String path) {
    return path.matches("/arshjul/[^/]+/\\d+/kalender") || path.matches("/foraldraenkat/[^/]+/\\d+/citat");
  }

  /**
   * The public pages: the parent survey ({@code /enkat/{centre}}) and the accessibility statement
   * ({@code /tillganglighet}). No login, no session, no CSRF token (nobody is logged in whose rights a forged post
   * could use); the survey is throttled and validated by itself.
   */
  @Bean
  @Order(3)
  SecurityFilterChain publicPages(HttpSecurity http) throws Exception {
    return http.securityMatcher("/enkat/**", AccessibilityStatementPage.PATH)
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .csrf(csrf -> csrf.disable())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.disable())
        .build();
  }

  static boolean isPage(String path) {
    return path.startsWith("/arshjul/") || path.startsWith("/oversikt/") || path.startsWith("/verksamhetsberattelse/")
        || path.startsWith("/sammanstallning/") || path.startsWith("/foraldraenkat/")
        || path.startsWith("/lagringstider/")
        || path.matches("/api/centres/[^/]+/years/\\d+/(foraldraenkat\\.csv|enkat-affisch\\.pdf)")
        // The follow-up documents in each of their formats (se.arshjulet.document.DocumentFormat).
        || path.matches("/api/centres/[^/]+/years/\\d+/verksamhetsberattelse\\.[a-z0-9]+")
        || path.matches("/api/counties/[^/]+/years/\\d+/sammanstallning\\.[a-z0-9]+")
        || path.matches("/api/personer/[^/]+/uppgifter\\.(json|pdf)");
  }

  /**
   * Not logged in on a page: to the sign-in page and back (staff with organisation accounts), or a Swedish page that
   * points to Tasklist's login.
   */
  private static AuthenticationEntryPoint pleaseLogIn(Settings settings) {
    return (request, response, failure) -> {
      if (settings.signIn().withOrganisationAccounts() && "GET".equals(request.getMethod())) {
        response.sendRedirect(SignInPages.PATH + "?efter="
            + URLEncoder.encode(request.getRequestURI(), StandardCharsets.UTF_8));
      } else {
        pleaseLogInToTasklist(response);
      }
    };
  }

  private static void pleaseLogInToTasklist(HttpServletResponse response) throws IOException {
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setContentType("text/html;charset=UTF-8");
    response.getWriter().write("<!DOCTYPE html><html lang=\"sv\"><meta charset=\"utf-8\"><title>Logga in</title>"
        + "<p>Logga in i <a href=\"/camunda/app/tasklist/\">Tasklist</a> först, och öppna sedan sidan igen.</p>"
        + "</html>");
  }

  private static void formRefused(HttpServletRequest request, HttpServletResponse response,
                                  AccessDeniedException refused) throws IOException {
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType("text/html;charset=UTF-8");
    response.getWriter().write("<!DOCTYPE html><html lang=\"sv\"><meta charset=\"utf-8\"><title>Formuläret gick inte"
        + " att skicka</title><p>Formuläret gick inte att skicka: det har gått för lång tid sedan sidan öppnades, eller"
        + " så kom det inte från Årshjulets sida. Gå tillbaka, ladda om sidan och försök igen.</p></html>");
  }

  /**
   * Camunda users log in to the product API with their Camunda password; their groups become authorities. Where
   * staff sign in through their organisation, only the administrators and the monitoring account use a password.
   */
  @Bean
  AuthenticationProvider camundaUsers(IdentityService identityService, PasswordLogins passwords) {
    return new AuthenticationProvider() {
      @Override
      public Authentication authenticate(Authentication authentication) {
        String user = authentication.getName();
        String password = String.valueOf(authentication.getCredentials());
        if (!identityService.checkPassword(user, password)) {
          throw new BadCredentialsException("Fel användarnamn eller lösenord");
        }
        if (!passwords.allowed(user)) {
          throw new BadCredentialsException("Personalen loggar in med sin organisations konto, inte med lösenord");
        }
        List<SimpleGrantedAuthority> groups = identityService.createGroupQuery().groupMember(user).list().stream()
            .map(Group::getId).map(SimpleGrantedAuthority::new).toList();
        return UsernamePasswordAuthenticationToken.authenticated(user, null, groups);
      }

      @Override
      public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
      }
    };
  }

  /** Camunda's REST API answers without credentials unless this filter is registered. */
  @Bean
  FilterRegistrationBean<Filter> engineRestAuthentication() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.addUrlPatterns("/engine-rest/*");
    registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    registration.setName("engine-rest-authentication");
    return registration;
  }
}
