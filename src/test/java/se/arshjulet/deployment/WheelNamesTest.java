package se.arshjulet.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * Names in the wheels we ship. A timer's name is how an administrator tells in Modeler and Cockpit which date an
 * instance waits for (Jämtland's "Mars har börjat" stood both for March and for the compile task's earliest day); a
 * user task's name is how a coordinator tells one to-do from another in Tasklist.
 */
class WheelNamesTest {

  /**
   * Task names are imperatives, verb first: the verbs the shipped wheels use. A new verb belongs here once it is
   * an imperative ("Godkänn", not "Godkänna"; "Gör självreflektionen", not "Självreflektion").
   */
  private static final Set<String> IMPERATIVES = Set.of("Gör", "Lämna", "Godkänn", "Håll", "Gå", "Planera", "Dela",
      "Sammanställ", "Kom", "Uppmärksamma", "Delta");

  @Test
  void noTwoTimersOfAWheelShareAName() throws IOException {
    for (Path wheel : wheels()) {
      Map<String, List<String>> idsByName = idsByName(wheel, CatchEvent.class,
          event -> !event.getChildElementsByType(TimerEventDefinition.class).isEmpty());
      assertThat(idsByName).as(wheel.toString()).allSatisfy((name, ids) -> assertThat(ids).as(name).hasSize(1));
    }
  }

  @Test
  void everyUserTaskOfAWheelHasANameOfItsOwnThatSaysWhatToDo() throws IOException {
    for (Path wheel : wheels()) {
      Map<String, List<String>> idsByName = idsByName(wheel, UserTask.class, task -> true);
      assertThat(idsByName).as(wheel.toString()).isNotEmpty()
          .allSatisfy((name, ids) -> assertThat(ids).as(name).hasSize(1))
          .allSatisfy((name, ids) -> assertThat(IMPERATIVES).as("%s: the first word of \"%s\"", wheel, name)
              .contains(name.split(" ")[0]))
          // Tasklist adds " – <centre>" to a task's name: a dash of its own would blur where that starts.
          .allSatisfy((name, ids) -> assertThat(name).as(wheel.toString()).doesNotContain(" – "));
    }
  }

  private static <T extends FlowElement> Map<String, List<String>> idsByName(Path wheel, Class<T> type,
      Predicate<T> which) {
    return Bpmn.readModelFromFile(wheel.toFile()).getModelElementsByType(type).stream().filter(which)
        .collect(Collectors.groupingBy(element -> String.valueOf(element.getName()),
            Collectors.mapping(FlowElement::getId, Collectors.toList())));
  }

  private static List<Path> wheels() throws IOException {
    List<Path> wheels;
    try (Stream<Path> files = Files.walk(Path.of("processes"))) {
      wheels = files.filter(file -> file.getFileName().toString().equals("arshjul.bpmn")).toList();
    }
    assertThat(wheels).isNotEmpty();
    return wheels;
  }
}
