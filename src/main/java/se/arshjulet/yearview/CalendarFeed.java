package se.arshjulet.yearview;

import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.model.property.XProperty;

/**
 * A centre's activities as an iCalendar feed: an all-day event on each due day, with a UID that stays the same
 * across refreshes ({@code <centre>-<year>-<key>@arshjulet}), so that Outlook updates rather than duplicates.
 */
final class CalendarFeed {

  private CalendarFeed() {
  }

  record Entry(String centreId, String centreName, int year, ActivityView activity) {
  }

  static String ics(String title, List<Entry> entries, String baseUrl) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//Årshjulet//Familjecentralernas årshjul//SV"));
    // VERSION:2.0 (RFC 5545 3.7.4). Version(min, max) would write the range "2.0;2.0", which is no valid value.
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
    calendar.add(new XProperty("X-WR-CALNAME", title));
    for (Entry entry : entries) {
      ActivityView activity = entry.activity();
      VEvent event = new VEvent(activity.due(), activity.name() + " – " + entry.centreName());
      event.add(new Uid(entry.centreId() + "-" + entry.year() + "-" + activity.key() + "@arshjulet"));
      event.add(new Description("Öppnar " + activity.opens() + ", ska vara klar senast " + activity.due()
          + ". Status: " + activity.state().label() + "."));
      event.add(new Url(java.net.URI.create(baseUrl + "/arshjul/" + entry.centreId() + "/" + entry.year())));
      calendar.add(event);
    }
    return calendar.toString();
  }
}
