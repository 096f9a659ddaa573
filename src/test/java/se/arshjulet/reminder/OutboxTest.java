package se.arshjulet.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.arshjulet.support.EngineTest;

/** The outbox keeps one email per key, also when another node added some of a sweep's emails first. */
class OutboxTest extends EngineTest {

  @Autowired
  Outbox outbox;

  private static Outbox.Email email(String key) {
    return new Outbox.Email(null, key, EmailKind.REMINDER, "outbox-test", "outbox-centre", null, null,
        "someone@test.example", "Ämne " + key, "Text", "<p>Text</p>", Instant.parse("2027-03-01T07:00:00Z"));
  }

  @Test
  void aSweepWhoseEmailAnotherNodeAddedFirstAddsTheRestOnce() {
    assertThat(outbox.add(email("outbox-test:a"))).isTrue(); // "the other node"

    outbox.addAll(List.of(email("outbox-test:a"), email("outbox-test:b"), email("outbox-test:c")));

    assertThat(outbox.plannedAmong(List.of("outbox-test:a", "outbox-test:b", "outbox-test:c", "outbox-test:d")))
        .containsExactlyInAnyOrder("outbox-test:a", "outbox-test:b", "outbox-test:c");
    assertThat(outbox.unsent("outbox-test")).extracting(Outbox.Email::dedupKey)
        .containsExactlyInAnyOrder("outbox-test:a", "outbox-test:b", "outbox-test:c");
    assertThat(outbox.add(email("outbox-test:b"))).isFalse();
  }
}
