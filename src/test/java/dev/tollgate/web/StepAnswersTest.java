package dev.tollgate.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.shared.DomainException;
import org.junit.jupiter.api.Test;

class StepAnswersTest {

  @Test
  void theBrowsersAnswerIsReadAsJson() {
    assertThat(StepAnswers.parse("{\"id\":\"abc\",\"type\":\"public-key\"}").getString("id")).isEqualTo("abc");
  }

  @Test
  void anythingElseIsRefusedBeforeTheStepCountsIt() {
    for (String bad : new String[] {null, "", "  ", "[1]", "{not json", "x".repeat(70_000)}) {
      assertThatThrownBy(() -> StepAnswers.parse(bad)).as(String.valueOf(bad)).isInstanceOf(DomainException.class);
    }
  }
}
