package se.arshjulet.yearview;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The year page's form "Prenumerera i Outlook": {@code POST /arshjul/{centre}/{year}/kalender} with {@code roll}
 * makes a feed for the logged-in person (the Tasklist session, with Spring Security's CSRF token in the form: see
 * {@code ApiSecurity.productPageForms}), then sends her back to the year page (303), which shows the new link once.
 */
@Controller
public class SubscribeController {

  /** The flash attribute the year page shows the new subscription from. */
  static final String NEW_SUBSCRIPTION = "newSubscription";

  private final FeedSubscriptions subscriptions;

  public SubscribeController(FeedSubscriptions subscriptions) {
    this.subscriptions = subscriptions;
  }

  @PostMapping("/arshjul/{centreId}/{year}/kalender")
  public RedirectView subscribe(@PathVariable String centreId, @PathVariable int year,
                                @RequestParam(name = "roll", defaultValue = "alla") String role, Authentication user,
                                RedirectAttributes flash) {
    flash.addFlashAttribute(NEW_SUBSCRIPTION, subscriptions.create(user, centreId, role));
    RedirectView back = new RedirectView("/arshjul/" + centreId + "/" + year + "#kalender", true);
    back.setHttp10Compatible(false); // 303 See Other: the browser follows with a GET
    back.setExposeModelAttributes(false);
    return back;
  }
}
