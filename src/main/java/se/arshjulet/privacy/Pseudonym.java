package se.arshjulet.privacy;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What stands for a former member of staff once she is pseudonymised: a user id {@code fd-<role>-<12 hex>} ("fd" for
 * "före detta", former), drawn at random once and written everywhere she was in the same transaction, so it is
 * stable across history, answers and outbox but cannot be computed from her user name; and the words a person reads
 * in her place, "en samordnare" or "en enhetschef".
 */
public record Pseudonym(String userId, String display) {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern ID = Pattern.compile("fd-(samordnare|enhetschef)-[0-9a-f]{12}");

  /** A fresh pseudonym for a person who held this registry role ({@code COORDINATOR} or {@code STEERING_GROUP}). */
  static Pseudonym draw(String registryRole) {
    String word = "COORDINATOR".equals(registryRole) ? "samordnare" : "enhetschef";
    byte[] bytes = new byte[6];
    RANDOM.nextBytes(bytes);
    return new Pseudonym("fd-" + word + "-" + HexFormat.of().formatHex(bytes), "en " + word);
  }

  /** Her email address in the outbox: no mailbox, and nothing is sent to it. */
  String address() {
    return userId + "@pseudonym.invalid";
  }

  /** A user id as a person reads it: "en samordnare" for a pseudonym, the id itself otherwise. */
  public static String readable(String userId) {
    Matcher pseudonym = userId == null ? null : ID.matcher(userId);
    return pseudonym != null && pseudonym.matches() ? "en " + pseudonym.group(1) : userId;
  }
}
