package se.arshjulet.errorpage;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A person whose browser meets a refused or missing product page gets the Swedish page {@code error.html} with the
 * way back, and the product's own reason (it is written for her); the APIs keep their JSON problem details. Errors
 * that are no refusal (500) reach Spring Boot's error page, which renders the same template without a reason.
 */
@Component
public class SwedishErrorPages implements HandlerExceptionResolver, Ordered {

  @Override
  public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                       Exception failure) {
    if (!(failure instanceof ErrorResponse refusal) || !forABrowser(request)) {
      return null;
    }
    int status = refusal.getStatusCode().value();
    response.setStatus(status);
    ModelAndView page = new ModelAndView("error");
    page.addObject("status", status);
    page.addObject("reason", status == 404 ? null : refusal.getBody().getDetail());
    return page;
  }

  private static boolean forABrowser(HttpServletRequest request) {
    String accept = request.getHeader("Accept");
    String path = request.getRequestURI();
    return accept != null && MediaType.parseMediaTypes(accept).stream()
        .anyMatch(type -> type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType())
        && !path.startsWith("/api/") && !path.startsWith("/engine-rest/");
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }
}
