package dev.tollgate.web;

import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * A form posted without a view state this server gave out (expired, from another site, or
 * forged) is refused with 403 and a plain page: no action of it ran. This is the CSRF check of
 * every page, since each view's state lives on the server under a random id.
 */
public class ExpiredFormHandler extends ExceptionHandlerWrapper {

  public ExpiredFormHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      Throwable cause = events.next().getContext().getException();
      while (cause != null
          && !(cause instanceof ViewExpiredException)
          && !(cause instanceof ProtectedViewException)) {
        cause = cause.getCause();
      }
      if (cause != null) {
        events.remove();
        refuse(FacesContext.getCurrentInstance());
      }
    }
    super.handle();
  }

  private static void refuse(FacesContext faces) {
    ExternalContext external = faces.getExternalContext();
    String page = PageFilter.page((jakarta.servlet.http.HttpServletRequest) external.getRequest());
    try {
      external.responseReset();
      external.setResponseStatus(403);
      PageFilter.HEADERS.forEach(external::setResponseHeader);
      external.setResponseHeader("Cache-Control", "no-store");
      external.setResponseContentType("text/html;charset=UTF-8");
      external.getResponseOutputWriter()
          .write(
              PlainPage.html(
                  "This page has expired",
                  "The form was too old, or did not come from this page, so nothing was done.",
                  ReturnPath.orDefault(page.startsWith("/jakarta.faces") ? null : page),
                  "Open the page again"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  /** Registered in faces-config.xml. */
  public static class Factory extends ExceptionHandlerFactory {
    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new ExpiredFormHandler(getWrapped().getExceptionHandler());
    }
  }
}
