package se.arshjulet.signin;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.stereotype.Component;
import se.arshjulet.centre.CentreIdentity;
import se.arshjulet.settings.SignInSettings.IdentityProvider;

/**
 * What a person may do after signing in through one identity provider: her registry groups (centre roles, county
 * administration) of the counties that provider is trusted for, and nothing of other counties. The staff group that
 * opens Tasklist comes with any of them; system administration only through a provider trusted for every county.
 */
@Component
public class CountyTrust {

  /** Camunda groups and tenants of one signed-in person; empty when she may do nothing here. */
  public record Granted(List<String> groups, List<String> tenants) {

    public boolean nothing() {
      return groups.isEmpty();
    }
  }

  private final IdentityService identity;

  public CountyTrust(IdentityService identity) {
    this.identity = identity;
  }

  public Granted granted(String username, IdentityProvider provider) {
    List<String> groups = new ArrayList<>();
    Set<String> tenants = new LinkedHashSet<>();
    boolean staff = false;
    for (Group group : identity.createGroupQuery().groupMember(username).list()) {
      String id = group.getId();
      if (id.equals(Groups.CAMUNDA_ADMIN)) {
        if (provider.trustsEveryCounty()) {
          groups.add(id);
        }
      } else if (id.equals(CentreIdentity.STAFF_GROUP)) {
        staff = true;
      } else {
        List<String> counties = identity.createTenantQuery().groupMember(id).list().stream().map(Tenant::getId)
            .toList();
        if (!counties.isEmpty() && counties.stream().allMatch(provider::trusts)) {
          groups.add(id);
          tenants.addAll(counties);
        }
      }
    }
    if (staff && !groups.isEmpty()) {
      groups.add(CentreIdentity.STAFF_GROUP);
    }
    identity.createTenantQuery().userMember(username).list().stream().map(Tenant::getId).filter(provider::trusts)
        .forEach(tenants::add);
    return new Granted(List.copyOf(groups), groups.isEmpty() ? List.of() : List.copyOf(tenants));
  }
}
