package se.arshjulet.reminder;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;
import se.arshjulet.centre.CentreGroups;
import se.arshjulet.centre.CountyAdministrators;

/**
 * Who gets an email: a reminder goes to the task's holders (its candidate groups and assignee); an overdue email to
 * the centre's steering group, or for a steering-group task to the county's administrators; a digest to each
 * member of the steering group. Users by id, with their email address (null when Camunda has none).
 */
@Component
public class Recipients {

  private final TaskService taskService;
  private final IdentityService identityService;

  public Recipients(TaskService taskService, IdentityService identityService) {
    this.taskService = taskService;
    this.identityService = identityService;
  }

  /** A look-up for one sweep: each group's members and each user are read once. */
  public Lookup lookup() {
    return new Lookup();
  }

  public final class Lookup {

    private final Map<String, Map<String, String>> members = new HashMap<>();
    private final Map<String, String> emails = new HashMap<>();

    private Lookup() {
    }

    public Map<String, String> holders(OpenTask task) {
      Map<String, String> users = new LinkedHashMap<>();
      for (IdentityLink link : taskService.getIdentityLinksForTask(task.taskId())) {
        if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
          users.putAll(membersOf(link.getGroupId()));
        } else if (link.getUserId() != null) {
          users.put(link.getUserId(), emails.computeIfAbsent(link.getUserId(), this::emailOf));
        }
      }
      return users;
    }

    public Map<String, String> managers(OpenTask task, String county) {
      boolean steeringGroupTask = taskService.getIdentityLinksForTask(task.taskId()).stream()
          .anyMatch(link -> link.getGroupId() != null && link.getGroupId().endsWith(CentreGroups.STEERING_GROUP));
      return steeringGroupTask ? membersOf(CountyAdministrators.groupOf(county))
          : membersOf(CentreGroups.steeringGroup(task.centreId()));
    }

    public Map<String, String> steeringGroup(String centreId) {
      return membersOf(CentreGroups.steeringGroup(centreId));
    }

    private Map<String, String> membersOf(String groupId) {
      return members.computeIfAbsent(groupId, id -> {
        Map<String, String> users = new LinkedHashMap<>();
        identityService.createUserQuery().memberOfGroup(id).list()
            .forEach(user -> users.put(user.getId(), user.getEmail()));
        return users;
      });
    }

    private String emailOf(String userId) {
      User user = identityService.createUserQuery().userId(userId).singleResult();
      return user == null ? null : user.getEmail();
    }
  }
}
