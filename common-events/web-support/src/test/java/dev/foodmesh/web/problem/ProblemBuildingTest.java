package dev.foodmesh.web.problem;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Min;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import dev.foodmesh.web.paging.PageQuery;
import dev.foodmesh.web.paging.PageView;

class ProblemBuildingTest {

	@Test
	void shouldDeriveTheTitleFromTheSlug() {
		assertThat(Problems.title("restaurant-closed")).isEqualTo("Restaurant closed");
		assertThat(Problems.slugOf(HttpStatus.METHOD_NOT_ALLOWED)).isEqualTo("method-not-allowed");
	}

	@Test
	void shouldRoundRetryAfterUpToWholeSecondsOfAtLeastOne() {
		assertThat(unavailableFor(Duration.ZERO).retryAfterSeconds()).isEqualTo(1);
		assertThat(unavailableFor(Duration.ofSeconds(2)).retryAfterSeconds()).isEqualTo(2);
		assertThat(unavailableFor(Duration.ofMillis(2001)).retryAfterSeconds()).isEqualTo(3);
	}

	@Test
	void shouldCountPagesFromTheTotal() {
		assertThat(PageView.of(List.of(), new PageQuery(0, 20), 0).totalPages()).isZero();
		assertThat(PageView.of(List.of(), new PageQuery(0, 20), 20).totalPages()).isEqualTo(1);
		assertThat(PageView.of(List.of(1), new PageQuery(0, 20), 21).map(String::valueOf).totalPages()).isEqualTo(2);
	}

	@Test
	void shouldRefuseAnExtensionThatWouldHideAStandardMember() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ConflictException("too-late", "Too late", Map.of("status", "PICKED_UP")))
			.withMessageContaining("'status'");
		assertThat(new ConflictException("too-late", "Too late", Map.of("orderStatus", "PICKED_UP")).extensions())
			.containsEntry("orderStatus", "PICKED_UP");
	}

	@Test
	void shouldRefuseAnImpossiblePageQuery() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PageQuery(0, 101));
		assertThat(new PageQuery(3, 100).offset()).isEqualTo(300);
		assertThat(new PageQuery(99, 100).offset()).isEqualTo(PageQuery.MAX_WINDOW - 100);
		assertThatIllegalArgumentException().isThrownBy(() -> new PageQuery(100, 100));
		assertThat(PageQuery.maxPage(20)).isEqualTo(499);
	}

	@Test
	void shouldNameTheParameterOfAValidatedProxyViolation() throws NoSuchMethodException {
		Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
		Set<ConstraintViolation<Lister>> violations = validator.forExecutables()
			.validateParameters(new Lister(), Lister.class.getDeclaredMethod("list", int.class), new Object[] { 0 });

		List<FieldViolation> errors = ValidationErrors.of(new ConstraintViolationException(violations));

		assertThat(errors).containsExactly(new FieldViolation("size", "must be greater than or equal to 1"));
	}

	private static ServiceUnavailableException unavailableFor(Duration duration) {
		return new ServiceUnavailableException("down", "down", duration);
	}

	static class Lister {

		void list(@Min(1) int size) {
		}

	}

}
