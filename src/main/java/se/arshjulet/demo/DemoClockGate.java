package se.arshjulet.demo;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the demo's past is built on a simulated clock ({@link DemoClock}), every request is answered 503 with a
 * Swedish page: nobody logs in, completes a task or reads a page at a time that is not now. Before security, so that
 * a login is not even tried.
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DemoClockGate extends OncePerRequestFilter {

  static final String PAGE = """
      <!DOCTYPE html>
      <html lang="sv"><head><meta charset="UTF-8"><title>Årshjulet förbereds</title></head>
      <body><main><h1>Årshjulet förbereds</h1>
      <p>Demot spelar upp förra årets och årets händelser. Försök igen om några sekunder.</p></main></body></html>
      """;

  private final DemoClock clock;

  public DemoClockGate(DemoClock clock) {
    this.clock = clock;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!clock.moved()) {
      chain.doFilter(request, response);
      return;
    }
    response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
    response.setHeader("Retry-After", "5");
    response.setContentType("text/html;charset=UTF-8");
    response.getWriter().write(PAGE);
  }
}
