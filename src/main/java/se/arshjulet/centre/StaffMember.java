package se.arshjulet.centre;

/**
 * A person who works the wheel of a centre: the coordinator, or a unit manager of the steering group.
 * Staff contact data only: the product never holds data about a family.
 */
public record StaffMember(String username, String name, String email, Role role, Unit unit) {

  public enum Role { COORDINATOR, STEERING_GROUP }

  public StaffMember {
    require(username, "username");
    require(name, "name");
    require(email, "email");
    if (role == Role.STEERING_GROUP && unit == null) {
      throw new IllegalArgumentException("Steering-group member " + username + " has no unit (MHV, BHV, OF or SOC)");
    }
  }

  private static void require(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("A staff member has no " + field);
    }
  }
}
