package se.arshjulet.wheel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
      assertThat(group).as(task.key()).startsWith(centre.id() + "-" + JamtlandWheelYearTestTables.ROLE.get(task.key()));
    }
    assertThat(actual).containsExactlyInAnyOrderElementsOf(JamtlandWheelYearTestTables.expected(year));
    assertThat(driver.instance()).isEnded();
  }
}
