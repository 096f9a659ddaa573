package se.arshjulet.centre;

import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Who administers a county: system administrators ({@code camunda-admin}) and the group {@code <county>-admin}. */
public final class CountyAdministrators {

  private CountyAdministrators() {
  }

  public static String groupOf(String county) {
    return county + "-admin";
  }

  public static boolean mayAdminister(Authentication user, String county) {
    return user != null && user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .anyMatch(group -> group.equals(Groups.CAMUNDA_ADMIN) || group.equals(groupOf(county)));
  }
}
