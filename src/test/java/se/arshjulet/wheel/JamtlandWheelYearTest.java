package se.arshjulet.wheel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.arshjulet.centre.Centre;
import se.arshjulet.centre.Unit;
import se.arshjulet.support.EngineTest;
import se.arshjulet.support.YearDriver;

/**
 * The whole Jämtland year on the live engine with time travel, checked against the independent tables in
 * {@code src/test/resources/expected} (2026: 53 ISO weeks; 2027; 2028: leap year).
 */
class JamtlandWheelYearTest extends EngineTest {

  static final Map<String, String> ROLE = Map.ofEntries(
      Map.entry("self-reflection-january", "coordinator"), Map.entry("wheel-review", "steering-group"),
      Map.entry("annual-report", "coordinator"), Map.entry("annual-report-compile", "steering-group"),
      Map.entry("summer-leave-plan", "coordinator"), Map.entry("summer-leave-approval", "unit-manager"),
      Map.entry("joint-plan-approval", "steering-group"), Map.entry("visit-april", "steering-group"),
      Map.entry("visit-may", "steering-group"), Map.entry("family-centre-day", "coordinator"),
      Map.entry("ffff-conference", "steering-group"), Map.entry("health-week-planning", "coordinator"),
      Map.entry("agreement-review", "coordinator"), Map.entry("safety-routines-review", "coordinator"),
      Map.entry("visit-october", "steering-group"), Map.entry("awareness-week-planning", "coordinator"),
      Map.entry("visit-november", "steering-group"), Map.entry("childrens-rights-planning", "coordinator"),
      Map.entry("parent-survey", "coordinator"), Map.entry("self-reflection-december", "coordinator"));

  @ParameterizedTest(name = "the year {0}")
  @ValueSource(ints = {2026, 2027, 2028})
  void everyTaskOpensAndIsDueOnTheRulesDates(int year) throws IOException {
    Centre centre = centre("year-" + year, LocalDate.of(2020, 1, 1), Unit.values());
    YearDriver driver = startYear(centre, year);

    List<YearDriver.Opened> opened = driver.runYearCompletingOnDueDay();

    List<String> actual = new ArrayList<>();
    for (YearDriver.Opened task : opened) {
      actual.add(task.key() + "," + task.opens() + "," + task.due());
      assertThat(task.groups()).as(task.key()).hasSize(1);
      String group = task.groups().iterator().next();
      assertThat(group).as(task.key()).startsWith(centre.id() + "-" + ROLE.get(task.key()));
    }
    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected(year));
    assertThat(driver.instance()).isEnded();
  }

  /** The expected rows, the one-per-unit approval once for each of the four units. */
  static List<String> expected(int year) throws IOException {
    try (InputStream in = JamtlandWheelYearTest.class.getResourceAsStream("/expected/jamtland-" + year + ".csv")) {
      List<String> rows = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList()) {
        int copies = line.startsWith("summer-leave-approval,") ? Unit.values().length : 1;
        for (int i = 0; i < copies; i++) {
          rows.add(line);
        }
      }
      return rows;
    }
  }
}
