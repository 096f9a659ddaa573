package se.arshjulet.centre;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A family centre (FC) or FC-like unit (FCLV). One wheel instance runs per centre and year, in the wheel of its county.
 * {@code joinedOn} is the day the centre started using the wheel; work due before it is skipped, not overdue.
 */
public record Centre(String id, String name, String municipality, String county, Kind kind, boolean active,
                     LocalDate joinedOn, List<StaffMember> staff) {

  public enum Kind { FC, FCLV }

  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  public Centre {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException("Centre id '" + id + "' must be lower-case letters, digits and hyphens");
    }
    if (name == null || name.isBlank() || municipality == null || municipality.isBlank()) {
      throw new IllegalArgumentException("Centre " + id + " needs a name and a municipality");
    }
    if (county == null || !ID.matcher(county).matches()) {
      throw new IllegalArgumentException("Centre " + id + " has no valid county id (e.g. 'jamtland')");
    }
    if (kind == null || joinedOn == null) {
      throw new IllegalArgumentException("Centre " + id + " needs kind (FC or FCLV) and joinedOn");
    }
    staff = List.copyOf(staff == null ? List.of() : staff);
    long coordinators = staff.stream().filter(s -> s.role() == StaffMember.Role.COORDINATOR).count();
    if (coordinators != 1) {
      throw new IllegalArgumentException("Centre " + id + " must have exactly one coordinator, has " + coordinators);
    }
  }

  public StaffMember coordinator() {
    return staff.stream().filter(s -> s.role() == StaffMember.Role.COORDINATOR).findFirst().orElseThrow();
  }

  public List<StaffMember> steeringGroup() {
    return staff.stream().filter(s -> s.role() == StaffMember.Role.STEERING_GROUP).toList();
  }

  public List<Unit> units() {
    return steeringGroup().stream().map(StaffMember::unit).distinct().sorted().toList();
  }

  public Optional<StaffMember> unitManager(Unit unit) {
    return steeringGroup().stream().filter(s -> s.unit() == unit).findFirst();
  }
}
