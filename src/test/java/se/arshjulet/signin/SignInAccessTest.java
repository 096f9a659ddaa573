package se.arshjulet.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.arshjulet.centre.Centre;
import se.arshjulet.centre.CountyAdministrator;
import se.arshjulet.centre.StaffMember;
import se.arshjulet.centre.Unit;
import se.arshjulet.settings.SignInSettings.IdentityProvider;
import se.arshjulet.settings.SignInSettings.Match;
import se.arshjulet.support.EngineTest;

/**
 * Who signed in, and what she may do through which provider: the claim names one registered person; her groups and
 * tenants are the registry's, of the counties the provider is trusted for only.
 */
class SignInAccessTest extends EngineTest {

  @Autowired
  RegistryMatch match;
  @Autowired
  CountyTrust trust;

  private static final IdentityProvider NORTH = new IdentityProvider(List.of("norr-lan"), "email", Match.EMAIL);
  private static final IdentityProvider SOUTH = new IdentityProvider(List.of("syd-lan"), "email", Match.EMAIL);
  private static final IdentityProvider EVERYWHERE = new IdentityProvider(List.of("*"), "email", Match.EMAIL);

  /** Ylva coordinates a centre in one county and sits on a steering group in another. */
  private void ylvaInTwoCounties() {
    registry.register(List.of(centre("norr-lan", "norr-fc", new StaffMember("ylva.tva", "Ylva Två",
            "Ylva.Tva@Region.example", StaffMember.Role.COORDINATOR, null)),
        centre("syd-lan", "syd-fc", new StaffMember("syd.c", "Sam Ordnare", "syd.c@region.example",
            StaffMember.Role.COORDINATOR, null), new StaffMember("ylva.tva", "Ylva Två", "Ylva.Tva@Region.example",
            StaffMember.Role.STEERING_GROUP, Unit.BHV))));
  }

  private static Centre centre(String county, String id, StaffMember... staff) {
    return new Centre(id, "Familjecentralen " + id, "Kommun", county, Centre.Kind.FC, false,
        LocalDate.of(2020, 1, 1), List.of(staff));
  }

  @Test
  void theConfiguredClaimNamesOneRegisteredPerson() {
    ylvaInTwoCounties();

    assertThat(match.username(NORTH, Map.of("email", "Ylva.Tva@Region.example"))).contains("ylva.tva");
    assertThat(match.username(NORTH, Map.of("email", "ylva.tva@region.example")))
        .as("the registry's address in another case").isEmpty();
    assertThat(match.username(new IdentityProvider(List.of("norr-lan"), "employee_id", Match.USERNAME),
        Map.of("employee_id", "ylva.tva", "email", "nobody@else.example"))).contains("ylva.tva");
    assertThat(match.username(NORTH, Map.of("email", "okand@region.example"))).isEmpty();
    assertThat(match.username(NORTH, Map.of("preferred_username", "ylva.tva"))).as("no such claim").isEmpty();
  }

  @Test
  void anAddressTwoPeopleShareNamesNobody() {
    registry.register(List.of(centre("norr-lan", "delad-fc", new StaffMember("delad.a", "A", "delad@region.example",
        StaffMember.Role.COORDINATOR, null))));
    User other = engine.getIdentityService().newUser("delad.b");
    other.setEmail("delad@region.example");
    engine.getIdentityService().saveUser(other);

    assertThat(match.username(NORTH, Map.of("email", "delad@region.example"))).isEmpty();
  }

  @Test
  void throughEachProviderSheGetsTheRolesOfItsCountiesOnly() {
    ylvaInTwoCounties();

    CountyTrust.Granted north = trust.granted("ylva.tva", NORTH);
    assertThat(north.groups()).containsExactlyInAnyOrder("norr-fc-coordinator", "arshjulet-staff");
    assertThat(north.tenants()).containsExactly("norr-lan");
    CountyTrust.Granted south = trust.granted("ylva.tva", SOUTH);
    assertThat(south.groups()).containsExactlyInAnyOrder("syd-fc-steering-group", "syd-fc-unit-manager-BHV",
        "arshjulet-staff");
    assertThat(south.tenants()).containsExactly("syd-lan");
    assertThat(trust.granted("ylva.tva", new IdentityProvider(List.of("annat-lan"), "email", Match.EMAIL))
        .nothing()).isTrue();
  }

  @Test
  void systemAdministrationOnlyThroughAProviderTrustedForEveryCounty() {
    assertThat(trust.granted("admin", NORTH).nothing()).isTrue();
    assertThat(trust.granted("admin", EVERYWHERE).groups()).contains("camunda-admin");
  }

  @Test
  void aCountyAdministratorGetsHerCountyThroughItsProvider() {
    registry.registerAdministrators(List.of(new CountyAdministrator("norr-lan", "nora.lan", "Nora Län",
        "nora@region.example")));

    assertThat(trust.granted("nora.lan", NORTH).groups()).containsExactly("norr-lan-admin");
    assertThat(trust.granted("nora.lan", SOUTH).nothing()).isTrue();
  }

  @Test
  void aPersonWhoLeftEveryCentreMayDoNothing() {
    ylvaInTwoCounties();
    registry.register(List.of(centre("norr-lan", "norr-fc", new StaffMember("ersatt", "Ersättare",
        "ersatt@region.example", StaffMember.Role.COORDINATOR, null))));

    assertThat(trust.granted("ylva.tva", NORTH).nothing()).isTrue();
  }
}
