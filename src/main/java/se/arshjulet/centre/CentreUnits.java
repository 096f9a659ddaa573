package se.arshjulet.centre;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The units of a centre, for multi-instance tasks in the BPMN: {@code camunda:collection="${units.of(centreId)}"}
 * gives one task per unit manager.
 */
@Component("units")
public class CentreUnits {

  private final CentreRepository centres;

  public CentreUnits(CentreRepository centres) {
    this.centres = centres;
  }

  public List<String> of(String centreId) {
    Centre centre = centres.findById(centreId)
        .orElseThrow(() -> new IllegalStateException("No centre '" + centreId + "' in the registry"));
    List<String> units = centre.units().stream().map(Unit::name).toList();
    if (units.isEmpty()) {
      throw new IllegalStateException("Centre '" + centreId + "' has no unit manager in its steering group");
    }
    return units;
  }
}
