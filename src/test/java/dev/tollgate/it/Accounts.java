package dev.tollgate.it;

/**
 * Users for tests that need many: the admin signs in once per test JVM (every sign-in costs a
 * full Argon2id verification), and each new user gets a fresh email.
 */
final class Accounts {
  static final String PASSWORD = "correct-horse-1";
  private static Api.Session admin;

  private Accounts() {}

  static synchronized Api.Session admin(Api api) {
    if (admin == null) {
      admin = api.admin();
    }
    return admin;
  }

  /** Creates a user and returns its email. */
  static String newUser(Api api, String prefix) {
    String email = Api.uniqueEmail(prefix);
    api.createUser(admin(api), email, PASSWORD, false);
    return email;
  }

  /** Creates a user and signs in with the password only; returns the portal token. */
  static String newUserToken(Api api, String prefix) {
    return api.login(newUser(api, prefix), PASSWORD).token();
  }
}
