package se.arshjulet.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.junit.jupiter.api.Test;

/**
 * A timer's name is how an administrator tells in Modeler and Cockpit which date an instance waits for: no two timers
 * of a wheel share one (Jämtland's "Mars har börjat" stood both for March and for the compile task's earliest day).
 */
class WheelTimerNamesTest {

  @Test
  void noTwoTimersOfAWheelShareAName() throws IOException {
    List<Path> wheels;
    try (Stream<Path> files = Files.walk(Path.of("processes"))) {
      wheels = files.filter(file -> file.getFileName().toString().equals("arshjul.bpmn")).toList();
    }
    assertThat(wheels).isNotEmpty();
    for (Path wheel : wheels) {
      Map<String, List<String>> idsByName = Bpmn.readModelFromFile(wheel.toFile())
          .getModelElementsByType(CatchEvent.class).stream()
          .filter(event -> !event.getChildElementsByType(TimerEventDefinition.class).isEmpty())
          .collect(Collectors.groupingBy(event -> String.valueOf(event.getName()),
              Collectors.mapping(CatchEvent::getId, Collectors.toList())));
      assertThat(idsByName).as(wheel.toString()).allSatisfy((name, ids) -> assertThat(ids).as(name).hasSize(1));
    }
  }
}
