package dev.tollgate.web;

import dev.tollgate.auth.session.SessionService;
import dev.tollgate.auth.session.SsoSession;
import dev.tollgate.auth.web.AuthCookies;
import dev.tollgate.device.web.DeviceCookie;
import dev.tollgate.shared.web.RequestOrigin;
import dev.tollgate.user.User;
import dev.tollgate.user.UserRepository;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.UUID;

/**
 * Who is looking at a page: the user of the browser's {@code idp_sid} session, when that
 * session is open and its user active; anyone else is signed out. Pages never see the portal
 * token ({@code idp_token} is sent to /api only).
 */
@Named
@RequestScoped
public class Viewer {
  @Inject HttpServletRequest request;
  @Inject SessionService sessions;
  @Inject UserRepository users;

  private Optional<SignedIn> current;

  /** A signed-in user and the session the page request came with. */
  public record SignedIn(User user, SsoSession session) {
    public UUID userId() {
      return user.id();
    }

    public UUID sessionId() {
      return session.id();
    }
  }

  public Optional<SignedIn> current() {
    if (current == null) {
      current =
          sessions
              .findActive(cookie(AuthCookies.SESSION))
              .flatMap(
                  session ->
                      users.findById(session.userId())
                          .filter(User::isActive)
                          .map(user -> new SignedIn(user, session)));
    }
    current.ifPresent(me -> RequestOrigin.identifyCaller(me.userId()));
    return current;
  }

  /** The signed-in user; the page filter has already sent anyone else to the sign-in page. */
  public SignedIn require() {
    return current().orElseThrow(() -> new IllegalStateException("No signed-in user"));
  }

  public boolean isSignedIn() {
    return current().isPresent();
  }

  public boolean isAdmin() {
    return current().map(me -> me.user().isAdmin()).orElse(false);
  }

  public String getName() {
    return current().map(me -> me.user().displayName()).orElse("");
  }

  public String getEmail() {
    return current().map(me -> me.user().email()).orElse("");
  }

  /** The raw {@code idp_sid} value, for a sign-in that replaces the browser's session. */
  public String sessionCookie() {
    return cookie(AuthCookies.SESSION);
  }

  public String deviceCookie() {
    return cookie(DeviceCookie.NAME);
  }

  private String cookie(String name) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return null;
    }
    for (Cookie cookie : cookies) {
      if (name.equals(cookie.getName()) && !cookie.getValue().isBlank()) {
        return cookie.getValue();
      }
    }
    return null;
  }
}
