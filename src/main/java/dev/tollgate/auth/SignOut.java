package dev.tollgate.auth;

import dev.tollgate.audit.AuditLog;
import dev.tollgate.audit.AuditType;
import dev.tollgate.auth.session.SessionService;
import dev.tollgate.auth.session.SsoSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;

/** Signing out, from the API (POST /auth/logout) or a page: the session ends, audited. */
@ApplicationScoped
@Transactional
public class SignOut {
  @Inject SessionService sessions;
  @Inject AuditLog audit;

  public void end(SsoSession session) {
    sessions.end(session.id());
    audit.record(AuditType.LOGOUT, session.userId(), Map.of());
  }
}
