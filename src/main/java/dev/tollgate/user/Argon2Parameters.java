package dev.tollgate.user;

/** Argon2id cost parameters; the default is OWASP's (19 MiB, 2 iterations, 1 lane). */
public record Argon2Parameters(int memoryKiB, int iterations, int parallelism) {
  public static final Argon2Parameters OWASP = new Argon2Parameters(19 * 1024, 2, 1);

  public Argon2Parameters {
    if (memoryKiB < 8 * parallelism || iterations < 1 || parallelism < 1) {
      throw new IllegalArgumentException("Invalid Argon2 parameters");
    }
  }
}
