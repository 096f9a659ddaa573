package se.arshjulet.forms;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Writes the engine's history through {@link FormFieldsHistory} instead of Camunda's own database handler. */
@Component
public class FormFieldsHistoryPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setEnableDefaultDbHistoryEventHandler(false);
    configuration.getCustomHistoryEventHandlers().add(0, new FormFieldsHistory());
  }
}
