package se.arshjulet.centre;

import static org.assertj.core.api.Assertions.assertThat;

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

  @Test
  void aCoordinatorMayNotImportCentres() {
    assertThat(post("lina.hed", "Test-Vinter-2026!", BERG).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }
}
