package dev.tollgate.web;

import dev.tollgate.auth.SignOut;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The "Sign out" button of every page and of /logout: ends the SSO session like POST
 * /api/v1/auth/logout, clears the cookies and drops the pages' HTTP session.
 */
@Named("signOut")
@RequestScoped
public class SignOutAction {
  @Inject Viewer viewer;
  @Inject SignOut signOut;
  @Inject PageResponses responses;

  public void signOut() {
    viewer.current().ifPresent(me -> signOut.end(me.session()));
    responses.signedOut();
    FacesContext.getCurrentInstance().getExternalContext().invalidateSession();
    responses.redirect("/login");
  }
}
