package se.arshjulet.centre;

import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may see and change what, for every page and API of the product (Camunda's own webapps and REST API have
 * Camunda's authorizations): a centre's year is for its staff, its county's administrators and system
 * administrators; a county's wheel, overview and registry for its administrators; the national overview for system
 * administrators. A refusal is 403 with a Swedish reason, a centre that does not exist 404.
 */
public final class Access {

  private Access() {
  }

  /** The centre, if the user may read it: 404 for a centre that does not exist, 403 for one she may not read. */
  public static Centre centre(CentreRepository centres, String centreId, Authentication user) {
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
    return CountyAdministrators.mayAdminister(user, centre.county()) || groups(user).anyMatch(staffGroups::contains);
  }

  /** Refuses anyone but the county's administrators (and system administrators), giving {@code reason}. */
  public static void county(Authentication user, String county, String reason) {
    if (!CountyAdministrators.mayAdminister(user, county)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, reason);
    }
  }

  /** The county's administrators, and the steering groups of the county's centres. */
  public static void countyOrItsSteeringGroups(CentreRepository centres, Authentication user, String county,
                                               String reason) {
    if (CountyAdministrators.mayAdminister(user, county)) {
      return;
    }
    boolean steeringGroup = user != null && centres.findAll().stream()
        .filter(centre -> centre.county().equals(county))
        .map(centre -> CentreGroups.steeringGroup(centre.id()))
        .anyMatch(group -> groups(user).anyMatch(group::equals));
    if (!steeringGroup) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, reason);
    }
  }

  /** Something of one person's own (a calendar subscription): she, or her county's administrators. */
  public static void ownerOrCounty(Authentication user, String owner, String county) {
    if (user == null || !owner.equals(user.getName()) && !CountyAdministrators.mayAdminister(user, county)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Det här tillhör en annan person.");
    }
  }

  public static void systemAdministrator(Authentication user, String reason) {
    if (user == null || groups(user).noneMatch(Groups.CAMUNDA_ADMIN::equals)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, reason);
    }
  }

  private static Stream<String> groups(Authentication user) {
    return user.getAuthorities().stream().map(GrantedAuthority::getAuthority);
  }
}
