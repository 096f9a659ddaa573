package se.arshjulet.centre;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers centres: stores them and brings Camunda's identities in step. */
@Service
public class CentreRegistry {

  private final CentreRepository repository;
  private final CentreIdentity identity;

  public CentreRegistry(CentreRepository repository, CentreIdentity identity) {
    this.repository = repository;
    this.identity = identity;
  }

  @Transactional
  public List<Centre> register(List<Centre> centres) {
    centres.forEach(centre -> {
      repository.save(centre);
      identity.sync(centre);
    });
    return centres;
  }
}
