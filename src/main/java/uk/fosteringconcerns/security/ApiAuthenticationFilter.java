package uk.fosteringconcerns.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The product's own API ({@code /api/*}): HTTP Basic against the engine's identity service, like
 * {@code /engine-rest}; and, for reading only (GET), the session of a user signed in to Tasklist or Cockpit, so that a
 * link on a task form (a document, a chronology) opens in the same browser. A change through {@code /api} always
 * needs HTTP Basic, so another site cannot make a signed-in browser change anything. The authenticated user and their
 * groups are set on the engine for the request, so every answer is decided by who asks.
 */
public class ApiAuthenticationFilter extends OncePerRequestFilter {

  private static final Set<String> SESSION_METHODS = Set.of("GET", "HEAD");

  private final Supplier<ProcessEngine> engine;

  public ApiAuthenticationFilter(Supplier<ProcessEngine> engine) {
    this.engine = engine;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    IdentityService identity = engine.get().getIdentityService();
    String userId = null;
    List<String> groups = List.of();
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      String[] credentials = decode(header.substring(6).trim());
      // no one is authenticated on this thread yet: the identity lookups are not restricted
      if (credentials != null && identity.checkPassword(credentials[0], credentials[1])) {
        userId = credentials[0];
        groups = identity.createGroupQuery().groupMember(credentials[0]).list().stream().map(Group::getId).toList();
      }
    } else if (header == null && SESSION_METHODS.contains(request.getMethod().toUpperCase())) {
      org.camunda.bpm.engine.impl.identity.Authentication signedIn =
          WebappSessions.signedIn(request, engine.get().getName());
      if (signedIn != null) {
        userId = signedIn.getUserId();
        groups = signedIn.getGroupIds() == null ? List.of() : List.copyOf(signedIn.getGroupIds());
      }
    }
    if (userId == null) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"fostering-concerns\"");
      ApiErrors.write(response, 401, "NotAuthenticated", null, "Sign in to use this service.");
      return;
    }
    identity.setAuthentication(userId, groups);
    try {
      chain.doFilter(request, response);
    } finally {
      identity.clearAuthentication();
    }
  }

  private static String[] decode(String token) {
    try {
      String text = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
      int colon = text.indexOf(':');
      return colon <= 0 ? null : new String[] {text.substring(0, colon), text.substring(colon + 1)};
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
