package se.arshjulet.centre;

import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import se.arshjulet.security.CountyAdministrators;

/** Who may look at a centre's year: its own staff, its county's administrators and system administrators. */
public final class CentreAccess {

  private CentreAccess() {
  }

  public static boolean mayRead(Authentication user, Centre centre) {
    if (user == null) {
      return false;
    }
    Set<String> staffGroups = CentreGroups.all(centre.id());
    return CountyAdministrators.mayAdminister(user, centre.county()) || user.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority).anyMatch(staffGroups::contains);
  }
}
