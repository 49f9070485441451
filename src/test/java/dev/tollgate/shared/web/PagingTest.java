package dev.tollgate.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.shared.DomainException;
import dev.tollgate.shared.ErrorCode;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PagingTest {
  @Test
  void theDefaultsArePageOneOfTwenty() {
    assertThat(Paging.of(null, null)).isEqualTo(new Paging.Request(1, 20));
    assertThat(Paging.of(" ", "")).isEqualTo(new Paging.Request(1, 20));
  }

  @Test
  void limitsUpTo100AreAccepted() {
    assertThat(Paging.of("3", "100")).isEqualTo(new Paging.Request(3, 100));
    assertThat(Paging.of("1", "1")).isEqualTo(new Paging.Request(1, 1));
  }

  @ParameterizedTest
  @CsvSource({"0,20,page", "-1,20,page", "x,20,page", "1.5,20,page", "1,101,limit", "1,0,limit", "1,ten,limit",
    "99999999999,20,page"})
  void outOfRangeOrNonNumericValuesAreInvalidParameters(String page, String limit, String name) {
    assertThatThrownBy(() -> Paging.of(page, limit))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.INVALID_PARAMETER);
              assertThat(e.status()).isEqualTo(400);
              assertThat(e.details()).containsEntry("parameter", name);
            });
  }

  @Test
  void aPathIdThatIsNotAUuidIsNotFound() {
    UUID id = UUID.randomUUID();

    assertThat(Paging.pathId(id.toString(), "User")).isEqualTo(id);
    assertThatThrownBy(() -> Paging.pathId("42", "User"))
        .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
  }

  @Test
  void aQueryIdThatIsNotAUuidIsAnInvalidParameter() {
    assertThat(Paging.queryId("user_id", null)).isNull();
    assertThat(Paging.queryId("user_id", "")).isNull();
    assertThatThrownBy(() -> Paging.queryId("user_id", "nope"))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.INVALID_PARAMETER);
              assertThat(e.details()).containsEntry("parameter", "user_id");
            });
  }
}
