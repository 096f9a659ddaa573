package se.arshjulet.yearview;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;
import se.arshjulet.centre.Access;
import se.arshjulet.centre.Centre;
import se.arshjulet.centre.CentreGroups;
import se.arshjulet.centre.CentreRepository;
import se.arshjulet.centre.WheelRole;
import se.arshjulet.settings.Settings;

/**
 * Makes a calendar subscription for a person who may read the centre: a secret feed token and its URLs, over https
 * (to paste into Outlook's "subscribe from the web") and as {@code webcal://} (opens the calendar program). Used by
 * the API ({@code POST /api/feeds}) and by the year page's form.
 */
@Service
public class FeedSubscriptions {

  /** The roles a feed can follow, with what the year page calls them. */
  static final Map<String, String> ROLES = roles();

  /** A new subscription: the feed's https URL and the same as webcal. */
  public record Subscription(String token, String role, String url, String webcal) {

    public String roleName() {
      return ROLES.getOrDefault(role, role);
    }
  }

  private final FeedTokens tokens;
  private final CentreRepository centres;
  private final String baseUrl;

  public FeedSubscriptions(FeedTokens tokens, CentreRepository centres,
                           Settings settings) {
    this.tokens = tokens;
    this.centres = centres;
    this.baseUrl = settings.baseUrl();
  }

  /** 403 for a centre she may not read (or that does not exist), 400 for an unknown role. */
  public Subscription create(Authentication user, String centreId, String role) {
    Centre centre = centres.findById(centreId).filter(c -> Access.mayRead(user, c)).orElseThrow(() ->
        new ResponseStatusException(HttpStatus.FORBIDDEN, "Du har inte behörighet till familjecentralen."));
    if (!ROLES.containsKey(role)) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Rollen ska vara en av " + ROLES.keySet() + ".");
    }
    FeedTokens.Feed feed = tokens.create(user.getName(), centre.id(), role);
    String url = baseUrl + "/kalender/" + feed.token() + ".ics";
    return new Subscription(feed.token(), role, url, "webcal://" + url.replaceFirst("^https?://", ""));
  }

  /** The role of the person at this centre, to offer her own activities first; "alla" for anyone else. */
  static String ownRole(Authentication user, String centreId) {
    if (user == null) {
      return "alla";
    }
    return user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .filter(group -> CentreGroups.all(centreId).contains(group)).map(CentreGroups::roleOf)
        .findFirst().orElse("alla");
  }

  private static Map<String, String> roles() {
    Map<String, String> roles = new LinkedHashMap<>();
    for (WheelRole role : List.of(WheelRole.COORDINATOR, WheelRole.STEERING_GROUP, WheelRole.UNIT_MANAGER)) {
      roles.put(role.code(), role.title());
    }
    roles.put("alla", "Alla roller");
    return java.util.Collections.unmodifiableMap(roles);
  }
}
