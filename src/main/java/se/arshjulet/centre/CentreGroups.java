package se.arshjulet.centre;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Camunda group ids per centre and role. The BPMN names them in candidate groups:
 * {@code ${centreId}-coordinator}, {@code ${centreId}-steering-group}, {@code ${centreId}-unit-manager-${unit}}.
 */
public final class CentreGroups {

  public static final String COORDINATOR = "-coordinator";
  public static final String STEERING_GROUP = "-steering-group";
  public static final String UNIT_MANAGER = "-unit-manager-";

  private CentreGroups() {
  }

  public static String coordinator(String centreId) {
    return centreId + COORDINATOR;
  }

  public static String steeringGroup(String centreId) {
    return centreId + STEERING_GROUP;
  }

  public static String unitManager(String centreId, Unit unit) {
    return centreId + UNIT_MANAGER + unit.name();
  }

  /** Every group of a centre's staff. */
  public static Set<String> all(String centreId) {
    Set<String> groups = new LinkedHashSet<>();
    groups.add(coordinator(centreId));
    groups.add(steeringGroup(centreId));
    for (Unit unit : Unit.values()) {
      groups.add(unitManager(centreId, unit));
    }
    return groups;
  }

  /** The wheel role a candidate group stands for: coordinator, steering-group or unit-manager. */
  public static String roleOf(String groupId) {
    if (groupId.endsWith(COORDINATOR)) {
      return WheelRole.COORDINATOR.code();
    }
    if (groupId.endsWith(STEERING_GROUP)) {
      return WheelRole.STEERING_GROUP.code();
    }
    if (groupId.contains(UNIT_MANAGER)) {
      return WheelRole.UNIT_MANAGER.code();
    }
    return groupId;
  }
}
