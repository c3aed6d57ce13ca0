package uk.fosteringconcerns.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/** Who is signed in to Tasklist or Cockpit in this browser session, as the webapps keep it in the HTTP session. */
final class WebappSessions {

  private WebappSessions() {}

  /** The signed-in user for the engine, or null. Never creates a session. */
  static Authentication signedIn(HttpServletRequest request, String engineName) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    Object signedIn = authentications == null ? null : authentications.getAuthenticationForProcessEngine(engineName);
    if (!(signedIn instanceof UserAuthentication user)) {
      return null;
    }
    List<String> groups = user.getGroupIds() == null ? List.of() : List.copyOf(user.getGroupIds());
    return new Authentication(user.getIdentityId(), groups);
  }
}
