package se.arshjulet.centre;

import java.util.Map;

/** The Swedish name a person reads for a county id ("jamtland" → "Jämtlands län"); ids stay in URLs. */
public final class Counties {

  private static final Map<String, String> NAMES = Map.ofEntries(
      Map.entry("stockholm", "Stockholms län"), Map.entry("uppsala", "Uppsala län"),
      Map.entry("sodermanland", "Södermanlands län"), Map.entry("ostergotland", "Östergötlands län"),
      Map.entry("jonkoping", "Jönköpings län"), Map.entry("kronoberg", "Kronobergs län"),
      Map.entry("kalmar", "Kalmar län"), Map.entry("gotland", "Gotlands län"), Map.entry("blekinge", "Blekinge län"),
      Map.entry("skane", "Skåne län"), Map.entry("halland", "Hallands län"),
      Map.entry("vastra-gotaland", "Västra Götalands län"), Map.entry("varmland", "Värmlands län"),
      Map.entry("orebro", "Örebro län"), Map.entry("vastmanland", "Västmanlands län"),
      Map.entry("dalarna", "Dalarnas län"), Map.entry("gavleborg", "Gävleborgs län"),
      Map.entry("vasternorrland", "Västernorrlands län"), Map.entry("jamtland", "Jämtlands län"),
      Map.entry("vasterbotten", "Västerbottens län"), Map.entry("norrbotten", "Norrbottens län"));

  private Counties() {
  }

  /** The county's name, or its id for a county the product does not know by name (e.g. a test county). */
  public static String name(String county) {
    return NAMES.getOrDefault(county, county);
  }
}
