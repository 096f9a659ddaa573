package se.arshjulet.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import se.arshjulet.ArshjuletApplication;
import se.arshjulet.centre.Centre;
import se.arshjulet.centre.CentreRegistry;
import se.arshjulet.centre.StaffMember;
import se.arshjulet.centre.Unit;
import se.arshjulet.demo.DemoIdentityProvider.Person;
import se.arshjulet.demo.DemoIdentityProvider;
import se.arshjulet.support.BrowserScript;
import se.arshjulet.support.TestProcesses;
import se.arshjulet.support.TestSmtp;
import se.arshjulet.support.YearDriver;
import se.arshjulet.wheel.WheelInstances;

/**
 * Sign-in through two real OpenID providers (Spring Authorization Server, each in its own context on 127.0.0.1): the
 * northern trusted for Jämtland, the southern for another county, password login for administrators only and a
 * short idle time. The browser walks the staff's path (sign-in.mjs); the break-glass account, the refusal of staff
 * passwords and the idle time-out are asked over HTTP.
 */
class SignInDrill {

  static {
    TestProcesses.prepare();
    TestSmtp.all();
  }

  private static final String PASSWORD = "Test-Vinter-2026!";
  private static final int IDLE_SECONDS = 15;

  private final List<AutoCloseable> running = new ArrayList<>();

  @AfterEach
  void stop() throws Exception {
    for (int i = running.size() - 1; i >= 0; i--) {
      running.get(i).close();
    }
    ClockUtil.reset();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static List<Person> directory() {
    return List.of(new Person("ina.inloggning", PASSWORD, "Ina Inloggning", "ina@norr.example"),
        new Person("tva.lan", PASSWORD, "Två Län", "tva@region.example"),
        new Person("okand.person", PASSWORD, "Okänd Person", "okand@norr.example"));
  }

  private ConfigurableApplicationContext product(int port, DemoIdentityProvider north, DemoIdentityProvider south) {
    List<String> arguments = new ArrayList<>(List.of("--server.port=" + port,
        "--spring.datasource.url=jdbc:h2:mem:sign-in-drill;DB_CLOSE_DELAY=-1",
        "--arshjulet.base-url=http://localhost:" + port,
        "--arshjulet.sign-in.password-login=administrators",
        "--arshjulet.sign-in.idle-timeout=" + IDLE_SECONDS + "s",
        "--arshjulet.sign-in.contact=Länets samordnare",
        "--arshjulet.sign-in.providers.norr.counties=jamtland",
        "--arshjulet.sign-in.providers.syd.counties=syd-lan"));
    for (var provider : List.of(new Object[] {"norr", "Region Norr", north}, new Object[] {"syd", "Region Syd", south})) {
      String id = (String) provider[0];
      String prefix = "--spring.security.oauth2.client.";
      arguments.addAll(List.of(prefix + "registration." + id + ".client-id=arshjulet-" + id,
          prefix + "registration." + id + ".client-secret=hemligt-" + id,
          prefix + "registration." + id + ".client-name=" + provider[1],
          prefix + "registration." + id + ".scope=openid,profile,email",
          prefix + "provider." + id + ".issuer-uri=" + ((DemoIdentityProvider) provider[2]).issuer()));
    }
    ConfigurableApplicationContext context = new SpringApplicationBuilder(ArshjuletApplication.class)
        .profiles("test").run(arguments.toArray(String[]::new));
    running.add(context);
    return context;
  }

  private static DemoIdentityProvider.Client client(String id, int productPort) {
    return new DemoIdentityProvider.Client("arshjulet-" + id, "hemligt-" + id, "http://localhost:" + productPort, id);
  }

  @Test
  void staffSignInThroughTheirOrganisationAndPasswordsAreForAdministratorsOnly() throws Exception {
    int port = freePort();
    DemoIdentityProvider north = DemoIdentityProvider.start(0, directory(), List.of(client("norr", port)));
    running.add(north);
    DemoIdentityProvider south = DemoIdentityProvider.start(0, directory(), List.of(client("syd", port)));
    running.add(south);
    ConfigurableApplicationContext product = product(port, north, south);
    ProcessEngine engine = product.getBean(ProcessEngine.class);
    CentreRegistry registry = product.getBean(CentreRegistry.class);
    Centre northern = new Centre("inloggning-fc", "Familjecentralen Inloggning", "Östersund", "jamtland",
        Centre.Kind.FC, false, LocalDate.of(2020, 1, 1), List.of(
            new StaffMember("ina.inloggning", "Ina Inloggning", "ina@norr.example", StaffMember.Role.COORDINATOR, null),
            new StaffMember("tva.lan", "Två Län", "tva@region.example", StaffMember.Role.STEERING_GROUP, Unit.MHV)));
    Centre southern = new Centre("syd-fc", "Familjecentralen Syd", "Lund", "syd-lan", Centre.Kind.FC, false,
        LocalDate.of(2020, 1, 1), List.of(
            new StaffMember("tva.lan", "Två Län", "tva@region.example", StaffMember.Role.COORDINATOR, null)));
    registry.register(List.of(northern, southern));
    YearDriver year = new YearDriver(engine, product.getBean(WheelInstances.class).startYear(northern, 2026)
        .orElseThrow());
    Task selfReflection = year.runUntil("2026-01-02T08:00").openTasks("self-reflection-january").get(0);
    ClockUtil.reset();
    String base = "http://localhost:" + port;

    BrowserScript.run("sign-in.mjs", base, north.issuer(), PASSWORD, selfReflection.getId(), northern.id(),
        BrowserScript.SCREENSHOTS);

    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(selfReflection.getId())
        .singleResult().getEndTime()).as("completed in Tasklist by the signed-in coordinator").isNotNull();
    assertThat(engine.getIdentityService().createUserQuery().userId("okand.person").count())
        .as("no account for the unknown person").isZero();
    passwordsAreForAdministrators(base);
  }

  /** Staff passwords are refused everywhere; the break-glass account signs in and its session ends when idle. */
  private static void passwordsAreForAdministrators(String base) throws Exception {
    Browserless staff = new Browserless(base);
    assertThat(staff.signInWithPassword("anna.berg", PASSWORD)).endsWith("/logga-in?fel=personal");
    assertThat(staff.post("/camunda/api/admin/auth/user/default/login/tasklist", "username=anna.berg&password="
        + PASSWORD).statusCode()).isEqualTo(403);
    assertThat(staff.getWithBasic("/api/centres/ostersund-lugnvik/years/2026/answers", "anna.berg", PASSWORD)
        .statusCode()).isEqualTo(401);

    Browserless admin = new Browserless(base);
    assertThat(admin.signInWithPassword("admin", "Test-Hjulet-2026!")).endsWith("/camunda/app/tasklist/");
    assertThat(admin.get("/camunda/api/admin/auth/user/default").body()).contains("\"userId\":\"admin\"");
    Thread.sleep((IDLE_SECONDS + 2) * 1000L);
    assertThat(admin.get("/camunda/api/admin/auth/user/default").body()).doesNotContain("\"userId\":\"admin\"");
  }

  /** Plain HTTP with a cookie jar, for what needs no browser. */
  private static final class Browserless {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private final String base;
    private final HttpClient http;

    Browserless(String base) {
      this.base = base;
      this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    HttpResponse<String> get(String path) throws Exception {
      return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> getWithBasic(String path, String user, String password) throws Exception {
      String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
      return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Basic " + basic)
          .build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String form) throws Exception {
      return http.send(HttpRequest.newBuilder(URI.create(base + path))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The sign-in page's password form; returns where it sent the browser. */
    String signInWithPassword(String user, String password) throws Exception {
      Matcher csrf = CSRF.matcher(get("/logga-in").body());
      assertThat(csrf.find()).as("the sign-in page's form has a CSRF token").isTrue();
      HttpResponse<String> answer = post("/logga-in/losenord", "_csrf=" + csrf.group(1) + "&username=" + user
          + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8));
      assertThat(answer.statusCode()).isEqualTo(302);
      return answer.headers().firstValue("Location").orElseThrow();
    }
  }
}
