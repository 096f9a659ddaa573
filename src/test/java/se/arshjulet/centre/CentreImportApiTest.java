package se.arshjulet.centre;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import se.arshjulet.calendar.WorkingDayCalendar;
import se.arshjulet.support.EngineTest;
import se.arshjulet.wheel.WheelInstances;

/** POST /api/centres/import: a county's registry file becomes centres, Camunda groups and running years. */
class CentreImportApiTest extends EngineTest {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  CentreRepository centres;

  private static final String BERG = """
      centres:
        - id: berg-familjecentral
          name: Familjecentralen Berg
          municipality: Berg
          county: jamtland
          kind: FCLV
          joinedOn: 2026-08-17
          coordinator: { username: berg.samordnare, name: Berit Berg, email: berit@berg.example }
          steeringGroup:
            - { unit: BHV, username: berg.bhv, name: Bo Ek, email: bo@berg.example }
      """;

  private ResponseEntity<String> post(String user, String password, String yaml) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType("application/yaml"));
    return rest.withBasicAuth(user, password)
        .postForEntity("/api/centres/import", new HttpEntity<>(yaml, headers), String.class);
  }

  @Test
  void anImportedCentreGetsItsGroupsAndItsYearsStartAtOnce() {
    ResponseEntity<String> response = post("admin", "Test-Hjulet-2026!", BERG);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(centres.findById("berg-familjecentral")).get()
        .satisfies(centre -> assertThat(centre.units()).containsExactly(Unit.BHV));
    assertThat(engine.getIdentityService().createUserQuery().memberOfGroup("berg-familjecentral-coordinator")
        .singleResult().getId()).isEqualTo("berg.samordnare");
    assertThat(engine.getIdentityService().createTenantQuery().groupMember("berg-familjecentral-unit-manager-BHV")
        .singleResult().getId()).isEqualTo("jamtland");
    int year = java.time.LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), WorkingDayCalendar.ZONE)
        .getYear();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(WheelInstances.businessKey("berg-familjecentral", year)).count()).isOne();
  }

  @Test
  void aFileWithACentreWithoutCoordinatorIsRefusedWhole() {
    String bad = """
        centres:
          - id: good-centre
            name: Familjecentralen Bra
            municipality: Bräcke
            county: jamtland
            kind: FC
            joinedOn: 2026-01-01
            coordinator: { username: bra.c, name: Bra Samordnare, email: bra@example.se }
          - id: no-coordinator
            name: Familjecentralen Utan
            municipality: Bräcke
            county: jamtland
            kind: FC
            joinedOn: 2026-01-01
        """;

    ResponseEntity<String> response = post("admin", "Test-Hjulet-2026!", bad);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("no-coordinator").contains("coordinator");
    assertThat(centres.findById("good-centre")).isEmpty();
  }

  private static String centre(String id, String coordinator, String... steeringGroup) {
    StringBuilder yaml = new StringBuilder("""
          - id: %s
            name: Familjecentralen %s
            municipality: Krokom
            county: jamtland
            kind: FC
            active: false
            joinedOn: 2026-01-01
            coordinator: { username: %s, name: Sam Ordnare, email: %s@krokom.example }
            steeringGroup:
        """.formatted(id, id, coordinator, coordinator));
    for (String member : steeringGroup) {
      String[] unitAndUser = member.split(":");
      yaml.append("      - { unit: %s, username: %s, name: Enhets Chef, email: %s@krokom.example }\n"
          .formatted(unitAndUser[0], unitAndUser[1], unitAndUser[1]));
    }
    return yaml.toString();
  }

  private List<String> groups(String user) {
    return engine.getIdentityService().createGroupQuery().groupMember(user).list().stream().map(Group::getId)
        .toList();
  }

  private boolean mayOpenTasklist(String user) {
    return engine.getAuthorizationService().isUserAuthorized(user, groups(user), Permissions.ACCESS,
        Resources.APPLICATION, "tasklist");
  }

  @Test
  void aPersonTheRegistryNoLongerListsAtAnyCentreLosesTasklistAndHerCentresGroups() {
    String admin = "Test-Hjulet-2026!";
    assertThat(post("admin", admin, "centres:\n" + centre("flytt-norr", "flytt.anna", "BHV:flytt.bo", "MHV:flytt.cia")
        + centre("flytt-syd", "flytt.dan", "MHV:flytt.cia")).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(mayOpenTasklist("flytt.bo")).isTrue();
    assertThat(groups("flytt.cia")).contains("flytt-norr-steering-group", "flytt-syd-steering-group");

    // Bo has left; Cia works only at Flytt syd now, which this file does not list (it stays as it is).
    ResponseEntity<String> response = post("admin", admin,
        "centres:\n" + centre("flytt-norr", "flytt.anna", "BHV:flytt.eva"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(groups("flytt.bo")).isEmpty();
    assertThat(mayOpenTasklist("flytt.bo")).isFalse();
    assertThat(groups("flytt.cia")).containsExactlyInAnyOrder(CentreIdentity.STAFF_GROUP, "flytt-syd-steering-group",
        "flytt-syd-unit-manager-MHV");
    assertThat(mayOpenTasklist("flytt.cia")).isTrue();
    assertThat(mayOpenTasklist("flytt.eva")).isTrue();
    assertThat(engine.getIdentityService().createUserQuery().memberOfGroup(CentreIdentity.STAFF_GROUP).list())
        .extracting(User::getId).contains("flytt.anna", "flytt.cia", "flytt.dan", "flytt.eva")
        .doesNotContain("flytt.bo");
    // Her user stays: the wheel's history still names who did what.
    assertThat(engine.getIdentityService().createUserQuery().userId("flytt.bo").count()).isOne();
  }

  @Test
  void aCoordinatorMayNotImportCentres() {
    assertThat(post("lina.hed", "Test-Vinter-2026!", BERG).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }
}
