package se.arshjulet.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import se.arshjulet.support.EngineTest;

/** A broken wheel from an administrator is refused with the file, element and rule named, and nothing is deployed. */
class WheelValidationTest extends EngineTest {

  private static final String TENANT = "validation";

  static Stream<Arguments> brokenWheels() {
    return Stream.of(
        Arguments.of("a task without a role", "arshjul.bpmn, Task_AnnualReport: uppgiften har ingen roll",
            (UnaryOperator<String>) bpmn -> bpmn.replace(
                "id=\"Task_AnnualReport\" name=\"Lämna in verksamhetsberättelsen (senast 28/2)\" "
                    + "camunda:candidateGroups=\"${centreId}-coordinator\"",
                "id=\"Task_AnnualReport\" name=\"Lämna in verksamhetsberättelsen (senast 28/2)\"")),
        Arguments.of("a task without a due date", "arshjul.bpmn, Task_VisitApril: uppgiften har inget förfallodatum",
            (UnaryOperator<String>) bpmn -> bpmn.replace(" camunda:dueDate=\"${due.lastWorkingDayOfMonth(year, 4)}\"",
                "")),
        Arguments.of("two tasks with one key", "arshjul.bpmn, Task_VisitMay: aktivitetsnyckeln 'visit-april' används redan",
            (UnaryOperator<String>) bpmn -> bpmn.replace("value=\"visit-may\"", "value=\"visit-april\"")),
        Arguments.of("a form that does not exist",
            "arshjul.bpmn, Task_ParentSurvey: formuläret 'Form_Missing' finns inte",
            (UnaryOperator<String>) bpmn -> bpmn.replace("camunda:formRef=\"Form_ParentSurvey\"",
                "camunda:formRef=\"Form_Missing\"")),
        Arguments.of("an expression naming no bean",
            "arshjul.bpmn, Task_FamilyCentreDay: uttrycket ${deadlines.lastWorkingDayOfMonth(year, 5)} använder "
                + "'deadlines'",
            (UnaryOperator<String>) bpmn -> bpmn.replace(
                "camunda:candidateGroups=\"${centreId}-coordinator\" camunda:dueDate=\"${due.lastWorkingDayOfMonth(year, 5)}\"",
                "camunda:candidateGroups=\"${centreId}-coordinator\" "
                    + "camunda:dueDate=\"${deadlines.lastWorkingDayOfMonth(year, 5)}\"")),
        Arguments.of("a timer outside the calendar",
            "arshjul.bpmn, Timer_AprilBegins: en timer i årshjulet ska vara ett datum från kalendern",
            (UnaryOperator<String>) bpmn -> bpmn.replace(
                "<bpmn:timeDate xsi:type=\"bpmn:tFormalExpression\">${opens.firstWorkingDayOfMonth(year, 4)}</bpmn:timeDate>",
                "<bpmn:timeDuration xsi:type=\"bpmn:tFormalExpression\">P30D</bpmn:timeDuration>")),
        Arguments.of("broken XML", "arshjul.bpmn: är inte giltig XML",
            (UnaryOperator<String>) bpmn -> bpmn.replace("</bpmn:process>", "")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenWheels")
  void aBrokenWheelIsRefusedWithItsFileElementAndRuleAndNothingIsDeployed(String what, String message,
                                                                           UnaryOperator<String> breakIt)
      throws IOException {
    String bpmn = Files.readString(Path.of("processes", "jamtland", "arshjul.bpmn"));
    String broken = breakIt.apply(bpmn);
    assertThat(broken).as("the test changed the wheel").isNotEqualTo(bpmn);
    long deploymentsBefore = engine.getRepositoryService().createDeploymentQuery().count();

    assertThatThrownBy(() -> deployment(broken).deploy())
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("kan inte driftsättas")
        .hasMessageContaining(message);
    assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
  }

  @Test
  void aCountyDeploymentThatBringsTheNationalMailScheduleIsRefused() throws IOException {
    String bpmn = Files.readString(Path.of("processes", "jamtland", "arshjul.bpmn"));
    long deploymentsBefore = engine.getRepositoryService().createDeploymentQuery().count();

    assertThatThrownBy(() -> deployment(bpmn)
        .addString("utskick.bpmn", Files.readString(Path.of("processes", "utskick.bpmn"))).deploy())
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("utskick.bpmn, arshjul-utskick: utskicket är gemensamt för hela landet");
    assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
  }

  @Test
  void theShippedWheelPassesEveryRule() throws IOException {
    String bpmn = Files.readString(Path.of("processes", "jamtland", "arshjul.bpmn"));
    long before = engine.getRepositoryService().createProcessDefinitionQuery().tenantIdIn(TENANT).count();
    deployment(bpmn).deploy();
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().tenantIdIn(TENANT).count())
        .isEqualTo(before + 1);
  }

  private DeploymentBuilder deployment(String bpmn) throws IOException {
    DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().tenantId(TENANT)
        .name("validation").addString("arshjul.bpmn", bpmn);
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path form : forms.toList()) {
        deployment.addString(form.getFileName().toString(), Files.readString(form));
      }
    }
    return deployment;
  }
}
