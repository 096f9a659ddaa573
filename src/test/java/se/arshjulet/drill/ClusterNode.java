package se.arshjulet.drill;

import org.springframework.boot.builder.SpringApplicationBuilder;
import se.arshjulet.ArshjuletApplication;

/**
 * The second node of {@link ClusterDrill}: the product in a process of its own, on the drill's PostgreSQL, with its
 * job executor on and Camunda's clock following the drill's shared clock. Spring settings come as system properties.
 */
public final class ClusterNode {

  private ClusterNode() {
  }

  public static void main(String[] args) {
    SharedClock.follow();
    new SpringApplicationBuilder(ArshjuletApplication.class).run(args);
  }
}
