package se.arshjulet.signin;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.springframework.stereotype.Component;
import se.arshjulet.settings.Settings;

/** Every session (the product's pages and Camunda's webapps share it) ends after the configured idle time. */
@Component
public class IdleTimeout implements HttpSessionListener {

  private final int seconds;

  public IdleTimeout(Settings settings) {
    this.seconds = Math.toIntExact(Math.max(1, settings.signIn().idleTimeout().toSeconds()));
  }

  @Override
  public void sessionCreated(HttpSessionEvent event) {
    event.getSession().setMaxInactiveInterval(seconds);
  }
}
