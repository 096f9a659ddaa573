package se.arshjulet.tasklist;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.arshjulet.centre.CentreIdentity;
import se.arshjulet.centre.CentresRegistered;
import se.arshjulet.centre.Counties;
import se.arshjulet.centre.CountyAdministrators;

/**
 * The Tasklist filters of each role. Staff (coordinators, steering groups, unit managers): "Mina uppgifter",
 * "Förfaller inom 10 arbetsdagar" and "Försenade", over the groups one belongs to. A county's administrators:
 * "Länets uppgifter" and "Försenade i länet", over the county's tenant. Which tasks a user may read is still decided
 * by Camunda's authorizations, not by the filter.
 */
@Component
public class TasklistFilters {

  static final String MY_TASKS = "Mina uppgifter";
  static final String DUE_SOON = "Förfaller inom 10 arbetsdagar";
  static final String OVERDUE = "Försenade";
  static final String COUNTY_TASKS = "Länets uppgifter";
  static final String COUNTY_OVERDUE = "Försenade i länet";
  /** The filter property that names a county's filters. */
  static final String COUNTY = "county";

  private final FilterService filters;
  private final TaskService tasks;
  private final AuthorizationService authorizations;
  private final IdentityService identity;

  public TasklistFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations,
                         IdentityService identity) {
    this.filters = filters;
    this.tasks = tasks;
    this.authorizations = authorizations;
    this.identity = identity;
  }

  @EventListener
  @Order(1)
  public void ensureFilters(PostDeployEvent event) {
    ensureStaffFilters();
    identity.createTenantQuery().list().stream().map(Tenant::getId).forEach(this::ensureCountyFilters);
  }

  /** A county registered while the product runs gets its filters at once. */
  @EventListener
  public void whenRegistered(CentresRegistered event) {
    event.centres().stream().map(centre -> centre.county()).distinct().forEach(this::ensureCountyFilters);
  }

  private void ensureStaffFilters() {
    ensure(MY_TASKS, null, -10, "Uppgifter för mina familjecentraler", staffTasks(),
        CentreIdentity.STAFF_GROUP);
    ensure(DUE_SOON, null, -9, "Mina uppgifter som förfaller inom tio arbetsdagar",
        staffTasks().dueBeforeExpression("${workingDays.endOf(10)}"), CentreIdentity.STAFF_GROUP);
    ensure(OVERDUE, null, -8, "Mina uppgifter som passerat sitt förfallodatum",
        staffTasks().dueBeforeExpression("${now()}"), CentreIdentity.STAFF_GROUP);
  }

  private void ensureCountyFilters(String county) {
    String group = CountyAdministrators.groupOf(county);
    ensure(COUNTY_TASKS, county, -7, "Alla uppgifter i " + Counties.name(county),
        tasks.createTaskQuery().tenantIdIn(county).orderByDueDate().asc(), group);
    ensure(COUNTY_OVERDUE, county, -6, "Försenade uppgifter i " + Counties.name(county),
        tasks.createTaskQuery().tenantIdIn(county).dueBeforeExpression("${now()}").orderByDueDate().asc(), group);
  }

  private TaskQuery staffTasks() {
    return tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
        .orderByDueDate().asc();
  }

  /** Creates the filter once, readable by the group only (an older global grant on it is taken back). */
  private void ensure(String name, String county, int priority, String description, TaskQuery query, String group) {
    Filter filter = filters.createFilterQuery().filterName(name).list().stream()
        .filter(existing -> county == null ? !existing.getProperties().containsKey(COUNTY)
            : county.equals(existing.getProperties().get(COUNTY)))
        .findFirst().orElse(null);
    if (filter == null) {
      Map<String, Object> properties = new LinkedHashMap<>(Map.of("description", description, "priority", priority,
          "refresh", true));
      if (county != null) {
        properties.put(COUNTY, county);
      }
      filter = filters.saveFilter(filters.newTaskFilter(name).setQuery(query).setProperties(properties));
    }
    String filterId = filter.getId();
    List<Authorization> grants = authorizations.createAuthorizationQuery().resourceType(Resources.FILTER)
        .resourceId(filterId).list();
    grants.stream().filter(grant -> grant.getAuthorizationType() == Authorization.AUTH_TYPE_GLOBAL)
        .forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
    if (grants.stream().noneMatch(grant -> group.equals(grant.getGroupId()))) {
      Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      read.setGroupId(group);
      read.setResource(Resources.FILTER);
      read.setResourceId(filterId);
      read.addPermission(Permissions.READ);
      authorizations.saveAuthorization(read);
    }
  }
}
