package se.arshjulet.centre;

import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers centres: stores them and brings Camunda's identities in step. A person the registry no longer lists at
 * any centre leaves the staff group, and with it Tasklist.
 */
@Service
public class CentreRegistry {

  private final CentreRepository repository;
  private final CentreIdentity identity;
  private final ApplicationEventPublisher events;

  public CentreRegistry(CentreRepository repository, CentreIdentity identity, ApplicationEventPublisher events) {
    this.repository = repository;
    this.identity = identity;
    this.events = events;
  }

  @Transactional
  public List<Centre> register(List<Centre> centres) {
    Set<String> staffBefore = repository.staffOf(centres.stream().map(Centre::id).toList());
    centres.forEach(centre -> {
      repository.save(centre);
      identity.sync(centre);
    });
    staffBefore.removeAll(repository.onAnyStaff(staffBefore));
    staffBefore.forEach(identity::leaveStaff);
    events.publishEvent(new CentresRegistered(centres));
    return centres;
  }

  @Transactional
  public List<CountyAdministrator> registerAdministrators(List<CountyAdministrator> administrators) {
    administrators.forEach(identity::sync);
    return administrators;
  }
}
