package dev.tollgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The pages over plain HTTP: security headers, the CSRF check (a form needs the view state its
 * page gave out), who may open which page, the login contract's return path, prompt and
 * client_id, and the cookies a page sign-in sets. Runs on H2 and PostgreSQL (no browser).
 */
class PageSecurityIT {
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

  private final Api api = Api.forServer();

  @Test
  void pagesSendTheSecurityHeaders() {
    Api.Reply login = api.get("/login").send();

    assertThat(login.status()).isEqualTo(200);
    String csp = login.header("Content-Security-Policy").orElseThrow();
    assertThat(csp)
        .contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'",
            "form-action 'self'", "base-uri 'none'")
        .doesNotContain("unsafe-inline", "unsafe-eval");
    assertThat(login.header("X-Frame-Options")).contains("DENY");
    assertThat(login.header("Referrer-Policy")).contains("no-referrer");
    assertThat(login.header("X-Content-Type-Options")).contains("nosniff");
    assertThat(login.header("Cache-Control")).contains("no-store");
    assertThat(login.body()).doesNotContain("<script>", " onclick=", " style=\"");
    assertThat(login.setCookie("JSESSIONID").orElseThrow())
        .contains("Secure", "HttpOnly")
        .containsIgnoringCase("SameSite=Lax");
    Api.Reply profile = api.get("/profile").cookie("idp_sid", signedIn(false)).send();
    assertThat(profile.status()).isEqualTo(200);
    assertThat(profile.header("Cache-Control")).contains("no-store");
    assertThat(profile.header("Content-Security-Policy")).contains(csp);
    assertThat(profile.body()).doesNotContain("<script>", " onclick=", " style=\"");
  }

  /** Payara's own error report named the server and carried none of the pages' headers. */
  @Test
  void anAddressNothingServesGetsTollgatesNotFoundPageWithTheSecurityHeaders() {
    Api.Reply reply = api.get("/no-such-page").replaceHeader("Accept", "text/html").send();

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.header("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(reply.body()).contains("Page not found").doesNotContain("Payara", "Error report");
    assertThat(reply.header("X-Frame-Options")).contains("DENY");
    assertThat(reply.header("X-Content-Type-Options")).contains("nosniff");
    assertThat(reply.header("Referrer-Policy")).contains("no-referrer");
    assertThat(reply.header("Content-Security-Policy").orElseThrow()).contains("default-src 'self'");
    assertThat(reply.header("Cache-Control")).contains("no-store");
  }

  /** The API keeps its own 404: problem+json, not the page. */
  @Test
  void anUnknownApiPathStaysProblemJson() {
    Api.Reply reply = api.get("/api/v1/no-such-resource").send();

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.header("Content-Type").orElseThrow()).startsWith("application/problem+json");
    assertThat(reply.json().getString("code")).isEqualTo("not_found");
  }

  @Test
  void aFormPostedWithoutItsViewStateIsRefusedAndDoesNothing() {
    String email = Accounts.newUser(api, "page-csrf");
    Form form = Form.open(api, "/login");

    Api.Reply forged =
        form.post(Map.of("login", "login", "login:email", email, "login:password", Accounts.PASSWORD,
            "login:submit", "Sign in", "jakarta.faces.ViewState", "1234:5678"));
    Api.Reply noState =
        form.post(Map.of("login", "login", "login:email", email, "login:password", Accounts.PASSWORD,
            "login:submit", "Sign in"));
    Api.Reply otherBrowser = new Form(api, "/login", "", form.viewState).signIn(email);

    for (Api.Reply refused : new Api.Reply[] {forged, otherBrowser}) {
      assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
      assertThat(refused.setCookie("idp_sid")).isEmpty();
      assertThat(refused.body()).contains("This page has expired");
    }
    // without any view state it is no form post at all: the page is only shown again
    assertThat(noState.setCookie("idp_sid")).isEmpty();
    assertThat(noState.body()).contains("login:password");
    assertThat(form.signIn(email).setCookie("idp_sid")).as("the real form still works").isPresent();
  }

  @Test
  void aPageSignInSetsTheApisCookiesAndReturnsToTheLocalPath() {
    String email = Accounts.newUser(api, "page-cookies");
    Api.Reply done = Form.open(api, "/login?return=%2Fdevices%3Fx%3D1").signIn(email);

    assertThat(done.status()).isEqualTo(200);
    assertThat(done.body())
        .contains("id=\"continue\"", "href=\"/devices?x=1\"", "<script src=\"/resources/js/continue.js\"");
    assertThat(done.header("Content-Security-Policy").orElseThrow()).contains("script-src 'self'");
    assertThat(done.setCookie("idp_sid").orElseThrow())
        .contains("Path=/;", "HttpOnly", "Secure", "SameSite=Lax");
    assertThat(done.setCookie("idp_token").orElseThrow())
        .contains("Path=/api;", "HttpOnly", "Secure", "SameSite=Strict");
    String token = done.cookie("idp_token").orElseThrow();
    assertThat(api.get("/api/v1/me").bearer(token).send().json().getString("email")).isEqualTo(email);
  }

  @Test
  void aReturnPathThatLeavesTheSiteIsIgnored() {
    String email = Accounts.newUser(api, "page-redirect");
    String[] foreign = {
      "//evil.example/", "https://evil.example/", "/\\evil.example", "http:/evil.example",
      "/\r\nSet-Cookie:x=1", "javascript:alert(1)", "evil.example", "/" + "a".repeat(2048)
    };
    for (String target : foreign) {
      Api.Reply done =
          Form.open(api, "/login?return=" + URLEncoder.encode(target, StandardCharsets.UTF_8)).signIn(email);
      assertThat(done.body()).as(target).contains("href=\"/profile\"").doesNotContain("evil");
    }
  }

  @Test
  void signedOutVisitorsAreSentToSignInAndNonAdminsGet403OnAdminPages() {
    for (String page : new String[] {"/profile", "/profile.xhtml", "/devices", "/admin/settings"}) {
      Api.Reply reply = api.get(page).send();
      assertThat(reply.status()).as(page).isEqualTo(302);
      assertThat(reply.header("Location").orElseThrow()).as(page).contains("/login?return=%2F");
    }
    assertThat(api.get("/").send().header("Location").orElseThrow()).endsWith("/login");

    String user = signedIn(false);
    assertThat(api.get("/").cookie("idp_sid", user).send().header("Location").orElseThrow()).endsWith("/profile");
    for (String page : new String[] {"/admin/settings", "/admin/settings.xhtml"}) {
      Api.Reply refused = api.get(page).cookie("idp_sid", user).send();
      assertThat(refused.status()).as(page).isEqualTo(403);
      assertThat(refused.body()).doesNotContain("mfa_policy", "ViewState");
    }
    assertThat(api.get("/admin/settings").cookie("idp_sid", signedIn(true)).send().status()).isEqualTo(200);
  }

  @Test
  void anEndedSessionOrADisabledAccountIsSignedOut() {
    String email = Accounts.newUser(api, "page-ended");
    Api.Session session = api.login(email, Accounts.PASSWORD);
    assertThat(api.get("/profile").cookie("idp_sid", session.sessionCookie()).send().status()).isEqualTo(200);
    api.post("/api/v1/auth/logout", null).cookie("idp_sid", session.sessionCookie()).send();
    assertThat(api.get("/profile").cookie("idp_sid", session.sessionCookie()).send().status()).isEqualTo(302);

    String other = Accounts.newUser(api, "page-disabled");
    Api.Session active = api.login(other, Accounts.PASSWORD);
    String id = TotpFixtures.userId(active.token());
    Api.Reply disabled =
        api.put("/api/v1/users/" + id, "{\"is_active\":false}").bearer(Accounts.admin(api).token()).send();
    assertThat(disabled.status()).isEqualTo(200);
    assertThat(api.get("/profile").cookie("idp_sid", active.sessionCookie()).send().status()).isEqualTo(302);
  }

  @Test
  void theLoginContractWithASession() {
    String sid = signedIn(false);
    Api.Reply already = api.get("/login?return=%2Fdevices").cookie("idp_sid", sid).send();
    assertThat(already.status()).isEqualTo(302);
    assertThat(already.header("Location").orElseThrow()).endsWith("/devices");

    Api.Reply again = api.get("/login?prompt=login&return=%2Fdevices").cookie("idp_sid", sid).send();
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.body()).contains("login:password");

    // nothing to verify on this session: the password (and the policy) decide instead
    Api.Reply mfa = api.get("/login?prompt=mfa&return=%2Fdevices").cookie("idp_sid", sid).send();
    assertThat(mfa.status()).isEqualTo(200);
    assertThat(mfa.body()).contains("login:password");

    Api.Reply unknown = api.get("/login?client_id=nobody&return=%2Fdevices").send();
    assertThat(unknown.status()).isEqualTo(200);
    assertThat(unknown.body()).contains("an application Tollgate does not know").doesNotContain("login:password");
  }

  @Test
  void signingOutFromAPageEndsTheSession() {
    String sid = signedIn(false);
    Form page = Form.open(api, "/logout", sid);
    Api.Reply out = page.post(page.fields("logout", "logout", "logout:go", "Sign out"));

    assertThat(out.status()).isEqualTo(302);
    assertThat(out.setCookie("idp_sid").orElseThrow()).contains("Max-Age=0");
    assertThat(api.get("/profile").cookie("idp_sid", sid).send().status()).isEqualTo(302);
  }

  /** The idp_sid of a new user (or administrator) signed in through the API. */
  private String signedIn(boolean admin) {
    String email = Api.uniqueEmail(admin ? "page-admin" : "page-user");
    api.createUser(Accounts.admin(api), email, Accounts.PASSWORD, admin);
    return api.login(email, Accounts.PASSWORD).sessionCookie();
  }

  /** A page's form as a browser would post it: the page's session cookie and view state. */
  private static final class Form {
    private final Api api;
    private final String path;
    private final String cookies;
    private final String viewState;

    Form(Api api, String path, String cookies, String viewState) {
      this.api = api;
      this.path = path;
      this.cookies = cookies;
      this.viewState = viewState;
    }

    static Form open(Api api, String path) {
      return open(api, path, null);
    }

    static Form open(Api api, String path, String sid) {
      Api.Call call = api.get(path);
      if (sid != null) {
        call.cookie("idp_sid", sid);
      }
      Api.Reply page = call.send();
      assertThat(page.status()).as(page.toString()).isEqualTo(200);
      Matcher state = VIEW_STATE.matcher(page.body());
      assertThat(state.find()).isTrue();
      Matcher session = SESSION.matcher(String.join(";", page.setCookies()));
      assertThat(session.find()).isTrue();
      String cookies = "JSESSIONID=" + session.group(1) + (sid == null ? "" : "; idp_sid=" + sid);
      return new Form(api, path.replaceAll("\\?.*", ""), cookies, state.group(1));
    }

    Map<String, String> fields(String... pairs) {
      Map<String, String> fields = new LinkedHashMap<>();
      for (int i = 0; i < pairs.length; i += 2) {
        fields.put(pairs[i], pairs[i + 1]);
      }
      fields.put("jakarta.faces.ViewState", viewState);
      return fields;
    }

    Api.Reply signIn(String email) {
      return post(fields("login", "login", "login:email", email, "login:password", Accounts.PASSWORD,
          "login:submit", "Sign in"));
    }

    Api.Reply post(Map<String, String> fields) {
      String body =
          fields.entrySet().stream()
              .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                  + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
              .collect(Collectors.joining("&"));
      Api.Call call =
          api.post(path, body).replaceHeader("Content-Type", "application/x-www-form-urlencoded")
              .replaceHeader("Accept", "text/html");
      if (!cookies.isEmpty()) {
        call.header("Cookie", cookies);
      }
      return call.send();
    }
  }
}
