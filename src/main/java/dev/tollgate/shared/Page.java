package dev.tollgate.shared;

import java.util.List;
import java.util.function.Function;

/** One page of an administrator's list (SPEC §3). */
public record Page<T>(List<T> data, long total, int page, int limit) {
  public static final int MAX_LIMIT = 100;

  public <R> Page<R> map(Function<T, R> mapper) {
    return new Page<>(data.stream().map(mapper).toList(), total, page, limit);
  }
}
