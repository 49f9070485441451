package dev.tollgate.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.shared.Problem;
import dev.tollgate.user.UserCommands;
import dev.tollgate.user.web.MeResource;
import dev.tollgate.user.web.UsersResource;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Real violations from Hibernate Validator on the resources' own parameters. */
class ValidationExceptionMapperTest {
  private static jakarta.validation.ValidatorFactory factory;
  private static Validator validator;
  private final ValidationExceptionMapper mapper = new ValidationExceptionMapper();

  @BeforeAll
  static void validator() {
    factory =
        Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void close() {
    factory.close();
  }

  private Problem create(UserCommands.CreateUser body) throws Exception {
    Method create = UsersResource.class.getMethod("create", UserCommands.CreateUser.class, UriInfo.class);
    Set<ConstraintViolation<UsersResource>> violations =
        validator.forExecutables().validateParameters(new UsersResource(), create, new Object[] {body, null});
    assertThat(violations).isNotEmpty();
    Response response = mapper.toResponse(new ConstraintViolationException(violations));
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
    Problem problem = (Problem) response.getEntity();
    assertThat(problem.code()).isEqualTo("validation_failed");
    return problem;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> fields(Problem problem) {
    return (Map<String, Object>) problem.details().get("fields");
  }

  @Test
  void aBadFieldIsNamedAsInTheJsonBody() throws Exception {
    Problem problem =
        create(new UserCommands.CreateUser("not-an-email", null, "password-1", "Ada", "L", false));

    assertThat(fields(problem)).containsOnlyKeys("email");
    assertThat(problem.message()).startsWith("Invalid request: email ");
  }

  @Test
  void camelCaseFieldsAreNamedInSnakeCase() throws Exception {
    Problem problem =
        create(new UserCommands.CreateUser("ada@example.test", null, "password-1", "A".repeat(101), "L", false));

    assertThat(fields(problem)).containsOnlyKeys("first_name");
  }

  @Test
  void everyBadFieldIsNamedInOrder() throws Exception {
    Problem problem = create(new UserCommands.CreateUser(" ", null, null, null, "L".repeat(101), null));

    assertThat(fields(problem)).containsOnlyKeys("email", "last_name", "password");
    assertThat(problem.message()).matches("Invalid request: email .*; last_name .*; password .*");
  }

  @Test
  void aMissingBodyIsNamedBody() throws Exception {
    Problem problem = create(null);

    assertThat(fields(problem)).containsOnlyKeys("body");
  }

  @Test
  void aMissingPasswordChangeBodyIsNamedBodyToo() throws Exception {
    Method change = MeResource.class.getMethod("changePassword", UserCommands.ChangePassword.class);
    Set<ConstraintViolation<MeResource>> violations =
        validator.forExecutables().validateParameters(new MeResource(), change, new Object[] {null});

    Problem problem = (Problem) mapper.toResponse(new ConstraintViolationException(violations)).getEntity();

    assertThat(fields(problem)).containsOnlyKeys("body");
  }

  @Test
  void withoutViolationsTheMessageIsGeneric() {
    Problem problem =
        (Problem) mapper.toResponse(new ConstraintViolationException("x", Set.of())).getEntity();

    assertThat(problem.message()).isEqualTo("The request is not valid");
    assertThat(problem.code()).isEqualTo("validation_failed");
  }

  @Test
  void snakeCaseOfJavaNames() {
    assertThat(JsonNames.snakeCase("firstName")).isEqualTo("first_name");
    assertThat(JsonNames.snakeCase("isAdmin")).isEqualTo("is_admin");
    assertThat(JsonNames.snakeCase("email")).isEqualTo("email");
  }
}
