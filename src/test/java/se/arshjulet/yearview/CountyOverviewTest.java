package se.arshjulet.yearview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import se.arshjulet.centre.Centre;
import se.arshjulet.centre.Unit;
import se.arshjulet.support.EngineTest;
import se.arshjulet.support.FormFiller;
import se.arshjulet.support.MailCounty;
import se.arshjulet.support.YearDriver;

/** The county overview: one row per centre, counts equal to the engine's, filters, CSV, and who may see it. */
class CountyOverviewTest extends EngineTest {

  @Autowired
  TestRestTemplate rest;

  @Test
  void theOverviewCountsWhatTheEngineHoldsPerCentre() {
    MailCounty county = new MailCounty(engine, "overview-lan");
    Centre berg = register(county.id(), "ov-berg", "Berg", Centre.Kind.FC);
    Centre bracke = register(county.id(), "ov-bracke", "Bräcke", Centre.Kind.FCLV);
    YearDriver bergYear = startYear(berg, 2026);
    YearDriver brackeYear = startYear(bracke, 2026);
    Task selfReflection = bergYear.runUntil("2026-01-02T08:00").openTasks("self-reflection-january").get(0);
    Map<String, Object> answers = FormFiller.validAnswers(engine, selfReflection);
    answers.put("prioriteratOmrade1", "samverkan");
    answers.put("prioriteratOmrade2", "jamstalldhet");
    ClockUtil.setCurrentTime(Date.from(YearDriver.stockholm("2026-01-20T10:00")));
    engine.getTaskService().complete(selfReflection.getId(), answers);
    bergYear.complete("wheel-review", "2026-01-21T10:00").complete("annual-report", "2026-02-20T10:00")
        .runUntil("2026-03-05T10:00");
    brackeYear.runUntil("2026-03-05T10:00");
    ClockUtil.setCurrentTime(Date.from(YearDriver.stockholm("2026-03-05T10:00")));

    String csv = rest.withBasicAuth("admin", "Test-Hjulet-2026!")
        .getForEntity("/oversikt/overview-lan/2026/oversikt.csv", String.class).getBody();

    List<String> lines = csv.lines().toList();
    assertThat(lines).hasSize(3);
    String[] header = lines.get(0).split(";", -1);
    for (Centre centre : List.of(berg, bracke)) {
      YearDriver year = centre == berg ? bergYear : brackeYear;
      String[] row = lines.stream().filter(line -> line.startsWith(centre.id() + ";")).findFirst().orElseThrow()
          .split(";", -1);
      assertThat(Long.parseLong(row[header.length - 5])).as("done at " + centre.id()).isEqualTo(done(year));
      assertThat(Long.parseLong(row[header.length - 4])).as("open at " + centre.id()).isEqualTo(open(year, false));
      assertThat(Long.parseLong(row[header.length - 3])).as("overdue at " + centre.id()).isEqualTo(open(year, true));
    }
    assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("ov-berg;").contains(";inlämnad;")
        .endsWith("samverkan, jamstalldhet"));
    assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("ov-bracke;").contains(";saknas;"));
  }

  @Test
  void filtersAndWhoMaySeeIt() {
    MailCounty county = new MailCounty(engine, "filter-lan");
    startYear(register(county.id(), "fl-berg", "Berg", Centre.Kind.FC), 2026);
    startYear(register(county.id(), "fl-are", "Åre", Centre.Kind.FCLV), 2026);
    // A Jämtland centre of the test's own: the registry's centres run the years of the day the context started.
    startYear(register("jamtland", "fl-jamt", "Östersund", Centre.Kind.FC), 2026);
    TestRestTemplate admin = rest.withBasicAuth("admin", "Test-Hjulet-2026!");

    assertThat(admin.getForEntity("/oversikt/filter-lan/2026?typ=FCLV", String.class).getBody())
        .contains("data-centre=\"fl-are\"").doesNotContain("data-centre=\"fl-berg\"");
    assertThat(admin.getForEntity("/oversikt/filter-lan/2026?kommun=Berg", String.class).getBody())
        .contains("data-centre=\"fl-berg\"").doesNotContain("data-centre=\"fl-are\"");
    assertThat(admin.getForEntity("/oversikt/sverige/2026", String.class).getBody())
        .contains("data-centre=\"fl-berg\"").contains("data-centre=\"fl-jamt\"")
        .contains("<h1>Översikt 2026 – Sverige</h1>").contains("<th scope=\"col\">Län</th>")
        .contains("<td>Jämtlands län</td>");
    // People read the county's name; its id stays in the URL.
    assertThat(rest.withBasicAuth("lena.lansson", "Test-Vinter-2026!").getForEntity("/oversikt/jamtland/2026",
        String.class).getBody()).contains("data-centre=\"fl-jamt\"").doesNotContain("fl-berg")
        .contains("<title>Översikt 2026 – Jämtlands län</title>").contains("<h1>Översikt 2026 – Jämtlands län</h1>")
        .doesNotContain(">Län</th>");
    assertThat(rest.withBasicAuth("lena.lansson", "Test-Vinter-2026!").getForEntity("/oversikt/filter-lan/2026",
        String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.withBasicAuth("lena.lansson", "Test-Vinter-2026!").getForEntity("/oversikt/sverige/2026",
        String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.withBasicAuth("anna.berg", "Test-Vinter-2026!").getForEntity("/oversikt/jamtland/2026",
        String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  private Centre register(String county, String id, String municipality, Centre.Kind kind) {
    Centre centre = centre(county, id, LocalDate.of(2020, 1, 1), Unit.values());
    Centre changed = new Centre(centre.id(), centre.name(), municipality, county, kind, false, centre.joinedOn(),
        centre.staff());
    registry.register(List.of(changed));
    return changed;
  }

  private long done(YearDriver year) {
    Set<String> keys = new HashSet<>();
    engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(year.instance().getId())
        .finished().list().forEach(task -> keys.add(task.getTaskDefinitionKey()));
    return keys.size();
  }

  private long open(YearDriver year, boolean overdue) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    Set<String> keys = new HashSet<>();
    engine.getTaskService().createTaskQuery().processInstanceId(year.instance().getId()).list().stream()
        .filter(task -> task.getDueDate().toInstant().isBefore(now) == overdue)
        .forEach(task -> keys.add(task.getTaskDefinitionKey()));
    return keys.size();
  }
}
