package se.arshjulet.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import se.arshjulet.forms.FormSchema;

/**
 * Believable, fictitious answers for the demo's forms: aggregates, plans and the staff's own reflections, never
 * anything about a family or a person by name.
 */
final class DemoAnswers {

  private static final Map<String, List<String>> TEXTS = Map.ofEntries(
      Map.entry("beskrivning", List.of("Familjecentralen ligger mitt i bostadsområdet, nära skola och busshållplats. "
          + "Upptagningsområdet har många barnfamiljer och en stor andel nyanlända. Personalen har haft handledning "
          + "en gång i månaden; den utvärderas i en enkät till personalen varje vår.")),
      Map.entry("huvudmal", List.of("Vi har arbetat med gemensamma hembesök och ett gemensamt välkomnande i öppna "
          + "förskolan, så att familjer möter flera professioner redan vid första besöket.")),
      Map.entry("malMotesplats", List.of("Öppna förskolan har haft öppet fyra dagar i veckan, även en eftermiddag "
          + "för föräldrar som arbetar. Information finns på fem språk.")),
      Map.entry("malSocialtNatverk", List.of("Föräldragrupper för förstagångsföräldrar och en pappagrupp som träffas "
          + "varannan vecka.")),
      Map.entry("malDelaktighet", List.of("Föräldrarna har fått lämna förslag på teman till föräldraträffarna; "
          + "barnen har varit med och valt sånger och lekar.")),
      Map.entry("malLattillgangligtStod", List.of("Socialtjänstens rådgivare finns på plats två förmiddagar i "
          + "veckan utan tidsbokning.")),
      Map.entry("malKunskapscentrum", List.of("Temakvällar om sömn, språk och barns trygghet, tillsammans med "
          + "barnhälsovården.")),
      Map.entry("foregaendeMal", List.of("Vi följde upp målen i självreflektionen i december och i "
          + "föräldraenkäten: fler nya familjer har hittat till öppna förskolan.")),
      Map.entry("resultatForaldraenkat", List.of("De flesta föräldrar upplever familjecentralen som lätt att nå och "
          + "välkomnande; färre känner till socialtjänstens rådgivning.")),
      Map.entry("resultatSjalvreflektion", List.of("Personalen ser störst styrka i bemötandet och svagast i "
          + "samverkan kring slussning mellan verksamheterna.")),
      Map.entry("citat", List.of("”Här känner jag mig välkommen varje gång.” (kvinna)\n”Pappagruppen har betytt "
          + "mycket för mig.” (man)")),
      Map.entry("analys", List.of("Bemötandet fungerar väl, men rutinerna för att slussa familjer vidare behöver "
          + "bli tydligare och kända av alla.")),
      Map.entry("foraldrarsMaluppfyllelse", List.of("Föräldrarna ger högst betyg åt mötesplatsen och lägst åt "
          + "informationen om stöd.")),
      Map.entry("gemensamAnalysMaluppfyllelse", List.of("Målen om mötesplats och socialt nätverk är i stort sett "
          + "nådda; stödet behöver bli mer känt.")),
      Map.entry("utvecklingsomraden", List.of("Slussning mellan verksamheterna och information på fler språk.")),
      Map.entry("nyttMal1", List.of("Tydlig rutin för slussning: alla i personalen känner till den, följs upp i "
          + "december.")),
      Map.entry("nyttMal2", List.of("Information om familjecentralen på sex språk, utvärderas i föräldraenkäten.")),
      Map.entry("egnaReflektioner", List.of("Ett år med många nya familjer och bra samarbete i ledningsgruppen.")),
      Map.entry("uppfoljningForraAretsMal", List.of("Rutinen för slussning är framtagen och presenterad; två av tre "
          + "verksamheter använder den.")),
      Map.entry("matbartMal1", List.of("Alla i personalen kan beskriva rutinen för slussning (följs upp i december).")),
      Map.entry("matbartMal2", List.of("Minst hälften av föräldrarna i enkäten känner till rådgivningen.")),
      Map.entry("uppfoljningAvMal", List.of("Vid självreflektionen i december och i föräldraenkäten.")),
      Map.entry("deltagare", List.of("Samordnaren och enhetscheferna för MHV, BHV, öppen förskola och socialtjänst.")),
      Map.entry("anteckningar", List.of("Gick igenom verksamheten, besöksstatistiken och personalens arbetsmiljö.")),
      Map.entry("beslut", List.of("Fortsätt enligt plan; nästa uppföljning vid nästa besök.")),
      Map.entry("arbetsmiljoatgarder", List.of("Bättre ljuddämpning i öppna förskolans rum.")),
      Map.entry("plan", List.of("Aktiviteter i öppna förskolan hela veckan, affischer i väntrummen och en temakväll.")),
      Map.entry("ansvarig", List.of("Samordnaren")),
      Map.entry("kommentar", List.of("Genomgånget i ledningsgruppen.")),
      Map.entry("resultatSkickadesTill", List.of("Kompetenscentrum för barn- och mödrahälsovården")));

  private DemoAnswers() {
  }

  /** Answers for every field of the form that the person fills in; the scale leans towards the centre's level. */
  static Map<String, Object> forForm(FormSchema form, LocalDate day, int level, Random random) {
    Map<String, Object> answers = new HashMap<>();
    for (FormSchema.Field field : form.fields()) {
      if (field.readonly()) {
        continue;
      }
      Object value = switch (field.type()) {
        case "number" -> number(field.key(), random);
        case "radio", "select" -> differing(field, choice(field, level, random), answers);
        case "checkbox" -> true;
        case "datetime" -> day.toString();
        default -> TEXTS.getOrDefault(field.key(), List.of("Genomfört enligt plan.")).get(0);
      };
      answers.put(field.key(), value);
    }
    return answers;
  }

  private static long number(String key, Random random) {
    return switch (key) {
      case "antalBesok" -> 3000 + random.nextInt(3000);
      case "antalGravida" -> 40 + random.nextInt(60);
      case "antalInskrivnaBarn" -> 300 + random.nextInt(300);
      case "familjerSarskiltStod" -> 5 + random.nextInt(15);
      case "antalSvarande" -> 8 + random.nextInt(7);
      case "antalUtdelade" -> 40 + random.nextInt(40);
      default -> 1 + random.nextInt(10);
    };
  }

  /** The next value where the field must differ from another field's answer and would not (Bilaga 5's areas). */
  private static String differing(FormSchema.Field field, String value, Map<String, Object> answers) {
    if (field.differentFrom() == null || !value.equals(answers.get(field.differentFrom()))) {
      return value;
    }
    List<String> values = field.values();
    return values.get((values.indexOf(value) + 1) % values.size());
  }

  /** A scale of four: mostly near the centre's level (0 = Fungerar … 3 = Behöver utvecklas); other choices at random. */
  private static String choice(FormSchema.Field field, int level, Random random) {
    List<String> values = field.values();
    if (field.key().startsWith("prioriteratOmrade")) {
      return values.get(random.nextInt(values.size()));
    }
    if (values.size() != 4) {
      return values.get(0);
    }
    int index = Math.max(0, Math.min(3, level + random.nextInt(3) - 1));
    return values.get(index);
  }
}
