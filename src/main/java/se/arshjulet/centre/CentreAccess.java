package se.arshjulet.centre;

import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.server.ResponseStatusException;
import se.arshjulet.security.CountyAdministrators;

/** Who may look at a centre's year: its own staff, its county's administrators and system administrators. */
public final class CentreAccess {

  private CentreAccess() {
  }

  /** The centre, if the user may read it: 404 for a centre that does not exist, 403 for one she may not read. */
  public static Centre readable(CentreRepository centres, String centreId, Authentication user) {
    Centre centre = centres.findById(centreId).orElseThrow(() ->
        new ResponseStatusException(HttpStatus.NOT_FOUND, "Familjecentralen '" + centreId + "' finns inte."));
    if (!mayRead(user, centre)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Du har inte behörighet till " + centre.name() + ".");
    }
    return centre;
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
