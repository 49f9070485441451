package dev.tollgate.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code /}: the profile when signed in, the sign-in page otherwise. */
@WebServlet("")
public class RootRedirect extends HttpServlet {
  @Inject Viewer viewer;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    res.setHeader("Cache-Control", "no-store");
    res.sendRedirect(req.getContextPath() + (viewer.isSignedIn() ? ReturnPath.DEFAULT : "/login"));
  }
}
