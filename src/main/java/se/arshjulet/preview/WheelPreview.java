package se.arshjulet.preview;

import java.io.ByteArrayInputStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.stereotype.Service;
import se.arshjulet.calendar.WorkingDayCalendar;
import se.arshjulet.wheel.WheelInstances;
import se.arshjulet.wheel.WheelVariables;

/**
 * Runs a wheel's real BPMN for one year on the {@link PreviewEngine}, in a deployment of its own that is deleted
 * afterwards. The year itself is played by a {@link YearSimulation}.
 */
@Service
public class WheelPreview {

  static final String PREVIEW_CENTRE = "forhandsvisning";

  private final PreviewEngine previewEngine;
  private final WorkingDayCalendar calendar;

  public WheelPreview(PreviewEngine previewEngine, WorkingDayCalendar calendar) {
    this.previewEngine = previewEngine;
    this.calendar = calendar;
  }

  /** Previews the given wheel definition (BPMN bytes) for a year. */
  public synchronized YearSimulation.Result run(byte[] bpmn, int year) {
    BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(bpmn));
    ProcessEngine engine = previewEngine.engine();
    RepositoryService repository = engine.getRepositoryService();
    Deployment deployment = repository.createDeployment().name("preview")
        .addModelInstance("wheel.bpmn", model).deploy();
    try {
      ProcessDefinition definition = repository.createProcessDefinitionQuery().deploymentId(deployment.getId())
          .processDefinitionKey(WheelInstances.WHEEL_KEY).singleResult();
      if (definition == null) {
        throw new IllegalArgumentException("The wheel has no process with id '" + WheelInstances.WHEEL_KEY + "'");
      }
      String instanceId = engine.getRuntimeService().startProcessInstanceById(definition.getId(),
          WheelInstances.businessKey(PREVIEW_CENTRE, year),
          Variables.createVariables().putValue(WheelVariables.CENTRE_ID, PREVIEW_CENTRE)
              .putValue(WheelVariables.YEAR, year)).getId();
      return new YearSimulation(engine, calendar, model, instanceId, year).run();
    } finally {
      repository.deleteDeployment(deployment.getId(), true, true);
    }
  }
}
