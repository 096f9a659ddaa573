package se.arshjulet.tasklist;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filter everyone sees: the tasks of the groups one belongs to, earliest due first. Which tasks a user
 * may read is still decided by Camunda's authorizations (candidate groups), not by the filter.
 */
@Component
public class TasklistFilters {

  static final String MY_TASKS = "Mina uppgifter";

  private final FilterService filters;
  private final TaskService tasks;
  private final AuthorizationService authorizations;

  public TasklistFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations) {
    this.filters = filters;
    this.tasks = tasks;
    this.authorizations = authorizations;
  }

  @EventListener
  @Order(1)
  public void ensureFilters(PostDeployEvent event) {
    if (filters.createFilterQuery().filterName(MY_TASKS).count() > 0) {
      return;
    }
    Filter filter = filters.newTaskFilter(MY_TASKS)
        .setQuery(tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks().orderByDueDate().asc())
        .setProperties(Map.of("description", "Uppgifter för mina familjecentraler", "priority", -10,
            "refresh", true));
    filters.saveFilter(filter);
    Authorization everyone = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
    everyone.setResource(Resources.FILTER);
    everyone.setResourceId(filter.getId());
    everyone.addPermission(Permissions.READ);
    authorizations.saveAuthorization(everyone);
  }
}
