package se.arshjulet.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;
import org.springframework.core.io.ClassPathResource;
import se.arshjulet.centre.CentreFile;
import se.arshjulet.centre.StaffMember;
import se.arshjulet.settings.Settings;

/**
 * The sign-in demo (profile {@code sign-in-demo}, with {@code demo}): before the product's beans are made, starts a
 * {@link DemoIdentityProvider} on 127.0.0.1:9000 that knows the demo's staff with the demo password, and one person
 * the registry does not know ({@code okand.person}), so that the product's sign-in finds its provider at start-up.
 * Registered in {@code META-INF/spring.factories}: it must run before any bean exists.
 */
public class DemoSignIn implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

  public static final String PROFILE = "sign-in-demo";
  private static DemoIdentityProvider running;

  @Override
  public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
    ConfigurableEnvironment environment = event.getEnvironment();
    if (running != null || !environment.acceptsProfiles(Profiles.of(PROFILE))) {
      return;
    }
    Settings.Demo demo = Binder.get(environment).bindOrCreate("arshjulet.demo", Settings.Demo.class);
    String baseUrl = environment.getRequiredProperty("arshjulet.base-url");
    running = DemoIdentityProvider.start(demo.identityProviderPort(), people(demo.password()),
        List.of(new DemoIdentityProvider.Client("arshjulet-demo", "demo-hemlighet", baseUrl, "region-demo")));
    Runtime.getRuntime().addShutdownHook(new Thread(running::close, "demo-identity-provider-stop"));
  }

  /** The demo's staff and county administrators, as the region's directory would know them. */
  static List<DemoIdentityProvider.Person> people(String password) {
    Map<String, DemoIdentityProvider.Person> people = new LinkedHashMap<>();
    try (InputStream yaml = new ClassPathResource("demo/centres.yaml").getInputStream()) {
      CentreFile.Contents contents = CentreFile.readAll(yaml);
      contents.centres().forEach(centre -> centre.staff().forEach(member -> people.putIfAbsent(member.username(),
          person(member, password))));
      contents.administrators().forEach(admin -> people.putIfAbsent(admin.username(),
          new DemoIdentityProvider.Person(admin.username(), password, admin.name(), admin.email())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<DemoIdentityProvider.Person> all = new ArrayList<>(people.values());
    all.add(new DemoIdentityProvider.Person("okand.person", password, "Okänd Person", "okand.person@example.se"));
    return all;
  }

  private static DemoIdentityProvider.Person person(StaffMember member, String password) {
    return new DemoIdentityProvider.Person(member.username(), password, member.name(), member.email());
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
