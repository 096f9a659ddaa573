package se.arshjulet.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import se.arshjulet.centre.Centre;
import se.arshjulet.centre.CountyAdministrator;
import se.arshjulet.centre.Unit;
import se.arshjulet.support.EngineTest;
import se.arshjulet.support.FormFiller;
import se.arshjulet.support.MailCounty;
import se.arshjulet.support.YearDriver;

/** A person's data for her county's administrators: registry, tasks, answers, emails and calendar feeds. */
class PersonalDataTest extends EngineTest {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  ObjectMapper json;

  @Test
  void theExportListsAScriptedPersonsTasksAnswersAndEmails() throws Exception {
    MailCounty county = new MailCounty(engine, "person-lan");
    Centre centre = centre(county.id(), "person-fc", LocalDate.of(2020, 1, 1), Unit.values());
    YearDriver year = startYear(centre, 2026);
    year.runUntil("2026-01-23T07:00");
    county.sweepAt("2026-01-23T08:00");
    Task selfReflection = year.runUntil("2026-01-26T10:00").openTasks("self-reflection-january").get(0);
    Map<String, Object> answers = FormFiller.validAnswers(engine, selfReflection);
    answers.put("matbartMal1", "Tre föräldrakvällar per termin");
    engine.getTaskService().setAssignee(selfReflection.getId(), "person-fc.c");
    ClockUtil.setCurrentTime(Date.from(YearDriver.stockholm("2026-01-26T10:00")));
    engine.getTaskService().complete(selfReflection.getId(), answers);
    registry.registerAdministrators(List.of(new CountyAdministrator("person-lan", "lena.lansson", "Lena Länsson",
        "lena.lansson@regionjh.example")));

    ResponseEntity<String> export = rest.withBasicAuth("lena.lansson", "Test-Vinter-2026!")
        .getForEntity("/api/personer/person-fc.c/uppgifter.json", String.class);

    assertThat(export.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode person = json.readTree(export.getBody());
    assertThat(person.at("/user/email").asText()).isEqualTo("person-fc.c@test.example");
    assertThat(person.at("/registry/0/centre").asText()).isEqualTo("person-fc");
    assertThat(person.at("/registry/0/role").asText()).isEqualTo("COORDINATOR");
    assertThat(person.get("counties").toString()).isEqualTo("[\"person-lan\"]");
    assertThat(person.get("tasks")).singleElement().satisfies(task -> {
      assertThat(task.get("wheel").asText()).isEqualTo("person-fc:2026");
      assertThat(task.get("completedByHer").asBoolean()).isTrue();
    });
    assertThat(person.at("/answers/0/activity").asText()).isEqualTo("self-reflection-january");
    assertThat(person.at("/answers/0/answers/matbartMal1").asText()).isEqualTo("Tre föräldrakvällar per termin");
    assertThat(person.get("emails")).isNotEmpty().allSatisfy(email ->
        assertThat(email.get("subject").asText()).startsWith("Påminnelse: "));

    byte[] pdf = rest.withBasicAuth("lena.lansson", "Test-Vinter-2026!")
        .getForEntity("/api/personer/person-fc.c/uppgifter.pdf", byte[].class).getBody();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      // Cells wrap their text: compared with the line breaks as spaces.
      assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
          .contains("Personuppgifter i Årshjulet")
          .contains("person-fc.c@test.example").contains("Familjecentralen person-fc").contains("Påminnelse");
    }
  }

  @Test
  void onlyHerCountysAdministratorsMayTakeItOut() {
    centre("skydd-lan", "skydd-fc", LocalDate.of(2020, 1, 1));

    assertThat(rest.withBasicAuth("lena.lansson", "Test-Vinter-2026!")
        .getForEntity("/api/personer/skydd-fc.c/uppgifter.json", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.withBasicAuth("anna.berg", "Test-Vinter-2026!")
        .getForEntity("/api/personer/anna.berg/uppgifter.json", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.withBasicAuth("admin", "Test-Hjulet-2026!")
        .getForEntity("/api/personer/skydd-fc.c/uppgifter.json", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(rest.withBasicAuth("admin", "Test-Hjulet-2026!")
        .getForEntity("/api/personer/ingen.alls/uppgifter.json", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }
}
