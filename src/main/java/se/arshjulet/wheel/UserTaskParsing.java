package se.arshjulet.wheel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/** Lets an engine plugin act on every user task as Camunda parses a BPMN file (the product's plugins all do). */
public final class UserTaskParsing {

  private UserTaskParsing() {
  }

  /** Before Camunda's own handling of the task is complete (the behaviour may still be replaced). */
  public static void before(ProcessEngineConfigurationImpl configuration, BiConsumer<Element, ActivityImpl> action) {
    if (configuration.getCustomPreBPMNParseListeners() == null) {
      configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
    }
    add(configuration.getCustomPreBPMNParseListeners(), action);
  }

  /** After Camunda has parsed the task (its task definition is final, listeners may be added). */
  public static void after(ProcessEngineConfigurationImpl configuration, BiConsumer<Element, ActivityImpl> action) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    add(configuration.getCustomPostBPMNParseListeners(), action);
  }

  private static void add(List<BpmnParseListener> listeners, BiConsumer<Element, ActivityImpl> action) {
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        action.accept(element, activity);
      }
    });
  }
}
