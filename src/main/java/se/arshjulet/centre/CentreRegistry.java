package se.arshjulet.centre;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.arshjulet.calendar.Today;

/**
 * Registers centres: stores them and brings Camunda's identities in step. A person the registry no longer lists at
 * any centre leaves the staff group, and with it Tasklist, and the day she left is recorded (for pseudonymisation);
 * a person listed again is no longer recorded as gone.
 */
@Service
public class CentreRegistry {

  private final CentreRepository repository;
  private final CentreIdentity identity;
  private final StaffDepartures departures;
  private final ApplicationEventPublisher events;

  public CentreRegistry(CentreRepository repository, CentreIdentity identity, StaffDepartures departures,
                        ApplicationEventPublisher events) {
    this.repository = repository;
    this.identity = identity;
    this.departures = departures;
    this.events = events;
  }

  @Transactional
  public List<Centre> register(List<Centre> centres) {
    List<String> ids = centres.stream().map(Centre::id).toList();
    Set<String> staffBefore = repository.staffOf(ids);
    List<StaffDepartures.Post> postsBefore = departures.postsAt(ids);
    centres.forEach(centre -> {
      repository.save(centre);
      identity.sync(centre);
    });
    staffBefore.removeAll(repository.onAnyStaff(staffBefore));
    staffBefore.forEach(identity::leaveStaff);
    departures.left(postsBefore.stream().filter(post -> staffBefore.contains(post.username())).toList(),
        Today.date());
    departures.returned(centres.stream().flatMap(centre -> centre.staff().stream()).map(StaffMember::username)
        .collect(Collectors.toSet()));
    events.publishEvent(new CentresRegistered(centres));
    return centres;
  }

  @Transactional
  public List<CountyAdministrator> registerAdministrators(List<CountyAdministrator> administrators) {
    administrators.forEach(identity::sync);
    return administrators;
  }
}
