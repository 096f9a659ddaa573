package se.arshjulet.centre;

/**
 * A county coordinator or administrator (länssamordnare): follows every centre of her county, sees their tasks in
 * Tasklist and Cockpit, and gets the overdue emails of steering-group tasks.
 */
public record CountyAdministrator(String county, String username, String name, String email) {

  public CountyAdministrator {
    if (county == null || username == null || name == null || email == null
        || county.isBlank() || username.isBlank() || name.isBlank() || email.isBlank()) {
      throw new IllegalArgumentException("A county administrator needs county, username, name and email");
    }
  }
}
