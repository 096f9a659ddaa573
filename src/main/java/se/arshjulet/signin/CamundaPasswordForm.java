package se.arshjulet.signin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Camunda's own login form ({@code POST /camunda/api/admin/auth/user/{engine}/login/{app}}) takes only those who may
 * still use a password ({@link PasswordLogins}); staff get a Swedish refusal that says where to sign in instead.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
public class CamundaPasswordForm extends OncePerRequestFilter {

  private final PasswordLogins passwords;

  public CamundaPasswordForm(PasswordLogins passwords) {
    this.passwords = passwords;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod())
        || !request.getRequestURI().matches("/camunda/api/admin/auth/user/[^/]+/login/[^/]+")
        || passwords.forEveryone();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (passwords.allowed(request.getParameter("username"))) {
      chain.doFilter(request, response);
      return;
    }
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType("application/json;charset=UTF-8");
    response.getWriter().write("{\"type\":\"Forbidden\",\"message\":\"Personalen loggar in med sin organisations"
        + " konto på " + SignInPages.PATH + ", inte med lösenord.\"}");
  }
}
