package se.arshjulet.centre;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import se.arshjulet.settings.Settings;

/**
 * Keeps Camunda's users, groups and tenant memberships in step with the centre registry: a group per centre and
 * role, each group a member of its county's tenant. Access to Tasklist and to the wheel's definition is granted once,
 * to the group of all staff ({@link #STAFF_GROUP}): Camunda's task authorization check reads every grant on the
 * definition for each task it looks at, so grants per centre group made Tasklist slow with hundreds of centres.
 */
@Component
public class CentreIdentity {

  private static final String WHEEL_KEY = "arshjul";
  /** Every member of a centre's staff. */
  public static final String STAFF_GROUP = "arshjulet-staff";

  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final TaskService tasks;
  private final String initialPassword;

  public CentreIdentity(IdentityService identity, AuthorizationService authorizations, TaskService tasks,
                        Settings settings) {
    this.identity = identity;
    this.authorizations = authorizations;
    this.tasks = tasks;
    this.initialPassword = settings.demo().password() == null ? "" : settings.demo().password();
  }

  public void sync(Centre centre) {
    ensureTenant(centre.county());
    ensureStaffGroup();
    Map<String, String> groupNames = groupNames(centre);
    groupNames.forEach((groupId, name) -> {
      ensureCountyGroup(centre.county(), groupId, name);
      // Grants of earlier versions, now the staff group's.
      revoke(groupId, Resources.APPLICATION, "tasklist");
      revoke(groupId, Resources.PROCESS_DEFINITION, WHEEL_KEY);
    });
    centre.staff().forEach(this::ensureUser);
    centre.staff().stream().map(StaffMember::username).distinct()
        .filter(user -> identity.createUserQuery().memberOfGroup(STAFF_GROUP).userId(user).count() == 0)
        .forEach(user -> identity.createMembership(user, STAFF_GROUP));
    Map<String, Set<String>> wanted = wantedMembers(centre);
    wanted.forEach((groupId, usernames) -> {
      Set<String> current = identity.createUserQuery().memberOfGroup(groupId).list().stream()
          .map(User::getId).collect(Collectors.toSet());
      usernames.stream().filter(u -> !current.contains(u)).forEach(u -> identity.createMembership(u, groupId));
      current.stream().filter(u -> !usernames.contains(u)).forEach(u -> {
        identity.deleteMembership(u, groupId);
        handBack(u, groupId);
      });
    });
  }

  /**
   * The open tasks a person claimed for a group she is no longer in go back to the group: a colleague can take them,
   * and their reminders no longer go to her.
   */
  private void handBack(String username, String groupId) {
    tasks.createTaskQuery().taskAssignee(username).taskCandidateGroup(groupId).includeAssignedTasks().list()
        .forEach(task -> tasks.setAssignee(task.getId(), null));
  }

  /**
   * A person who works at no centre any more loses the staff group and with it Tasklist; the groups of the centres
   * she left were taken from her by {@link #sync(Centre)}. Her user stays, so that history still names her.
   */
  public void leaveStaff(String username) {
    if (identity.createUserQuery().memberOfGroup(STAFF_GROUP).userId(username).count() > 0) {
      identity.deleteMembership(username, STAFF_GROUP);
    }
  }

  /**
   * A county administrator: member of {@code <county>-admin}, which may read every task, instance and definition of
   * the county's tenant (Tasklist and Cockpit), and nothing of other counties.
   */
  public void sync(CountyAdministrator administrator) {
    String county = administrator.county();
    ensureTenant(county);
    String groupId = CountyAdministrators.groupOf(county);
    ensureCountyGroup(county, groupId, "Länsadministratörer – " + county);
    grant(groupId, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grant(groupId, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(groupId, Resources.TASK, "*", Permissions.READ);
    grant(groupId, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
    grant(groupId, Resources.PROCESS_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY,
        Permissions.READ_INSTANCE, Permissions.READ_TASK);
    // Deploying from Camunda Modeler: only into the county's own tenant (Camunda's tenant check).
    grant(groupId, Resources.DEPLOYMENT, "*", Permissions.READ, Permissions.CREATE);
    ensureUser(new StaffMember(administrator.username(), administrator.name(), administrator.email(),
        StaffMember.Role.COORDINATOR, null));
    if (identity.createUserQuery().memberOfGroup(groupId).userId(administrator.username()).count() == 0) {
      identity.createMembership(administrator.username(), groupId);
    }
  }

  private static Map<String, String> groupNames(Centre centre) {
    Map<String, String> names = new LinkedHashMap<>();
    names.put(CentreGroups.coordinator(centre.id()), "Samordnare – " + centre.name());
    names.put(CentreGroups.steeringGroup(centre.id()), "Ledningsgrupp – " + centre.name());
    for (Unit unit : Unit.values()) {
      names.put(CentreGroups.unitManager(centre.id(), unit), "Enhetschef " + unit.name() + " – " + centre.name());
    }
    return names;
  }

  private static Map<String, Set<String>> wantedMembers(Centre centre) {
    Map<String, Set<String>> wanted = new LinkedHashMap<>();
    wanted.put(CentreGroups.coordinator(centre.id()), Set.of(centre.coordinator().username()));
    wanted.put(CentreGroups.steeringGroup(centre.id()), centre.steeringGroup().stream()
        .map(StaffMember::username).collect(Collectors.toSet()));
    for (Unit unit : Unit.values()) {
      wanted.put(CentreGroups.unitManager(centre.id(), unit), centre.unitManager(unit)
          .map(m -> Set.of(m.username())).orElse(Set.of()));
    }
    return wanted;
  }

  private void ensureStaffGroup() {
    if (identity.createGroupQuery().groupId(STAFF_GROUP).count() == 0) {
      ensureGroup(STAFF_GROUP, "Personal på familjecentraler");
      grant(STAFF_GROUP, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      grant(STAFF_GROUP, Resources.PROCESS_DEFINITION, WHEEL_KEY, Permissions.READ);
    }
  }

  private void revoke(String groupId, Resources resource, String resourceId) {
    Authorization existing = authorizations.createAuthorizationQuery().groupIdIn(groupId)
        .resourceType(resource).resourceId(resourceId).singleResult();
    if (existing != null) {
      authorizations.deleteAuthorization(existing.getId());
    }
  }

  /** The county's tenant, named as a person reads it ("Jämtlands län"); an older tenant named by its id is renamed. */
  private void ensureTenant(String county) {
    Tenant tenant = identity.createTenantQuery().tenantId(county).singleResult();
    if (tenant == null || county.equals(tenant.getName()) && !county.equals(Counties.name(county))) {
      tenant = tenant == null ? identity.newTenant(county) : tenant;
      tenant.setName(Counties.name(county));
      identity.saveTenant(tenant);
    }
  }

  private void ensureCountyGroup(String county, String groupId, String name) {
    ensureGroup(groupId, name);
    if (identity.createTenantQuery().groupMember(groupId).tenantId(county).count() == 0) {
      identity.createTenantGroupMembership(county, groupId);
    }
  }

  private void ensureGroup(String groupId, String name) {
    Group group = identity.createGroupQuery().groupId(groupId).singleResult();
    if (group == null) {
      group = identity.newGroup(groupId);
      group.setType("WORKFLOW");
    }
    if (!name.equals(group.getName())) {
      group.setName(name);
      identity.saveGroup(group);
    }
  }

  private void ensureUser(StaffMember member) {
    User user = identity.createUserQuery().userId(member.username()).singleResult();
    boolean created = user == null;
    if (created) {
      user = identity.newUser(member.username());
      if (!initialPassword.isBlank()) {
        user.setPassword(initialPassword);
      }
    }
    int space = member.name().lastIndexOf(' ');
    user.setFirstName(space > 0 ? member.name().substring(0, space) : member.name());
    user.setLastName(space > 0 ? member.name().substring(space + 1) : "");
    user.setEmail(member.email());
    identity.saveUser(user);
  }

  private void grant(String groupId, Resources resource, String resourceId, Permissions... permissions) {
    Authorization existing = authorizations.createAuthorizationQuery().groupIdIn(groupId)
        .resourceType(resource).resourceId(resourceId).singleResult();
    Authorization grant = existing != null ? existing
        : authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId(groupId);
    grant.setResource(resource);
    grant.setResourceId(resourceId);
    for (Permissions permission : permissions) {
      grant.addPermission(permission);
    }
    authorizations.saveAuthorization(grant);
  }
}
