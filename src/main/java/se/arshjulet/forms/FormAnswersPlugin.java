package se.arshjulet.forms;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;
import se.arshjulet.wheel.UserTaskParsing;
import se.arshjulet.wheel.WheelActivities;

/** Gives every user task that names a Camunda Form ({@code camunda:formRef}) the {@link AnswersCollector}. */
@Component
public class FormAnswersPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    UserTaskParsing.after(configuration, (element, activity) -> {
      String formRef = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
      if (formRef != null && !formRef.isBlank()) {
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
            .addTaskListener(TaskListener.EVENTNAME_COMPLETE, new AnswersCollector(formRef, activityKey(element)));
      }
    });
  }

  /** The {@code key} extension property of the task, or its id. */
  private static String activityKey(Element element) {
    Element extensions = element.element("extensionElements");
    Element properties = extensions == null ? null
        : extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
    if (properties != null) {
      for (Element property : properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")) {
        if (WheelActivities.KEY_PROPERTY.equals(property.attribute("name"))) {
          return property.attribute("value");
        }
      }
    }
    return element.attribute("id");
  }
}
