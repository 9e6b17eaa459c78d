package dev.foodmesh.web.paging;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;
import org.springframework.web.reactive.BindingContext;
import org.springframework.web.reactive.result.method.SyncHandlerMethodArgumentResolver;
import org.springframework.web.server.ServerWebExchange;
import dev.foodmesh.web.problem.FieldViolation;
import dev.foodmesh.web.problem.InvalidParametersException;

/**
 * Resolves a {@link PageQuery} controller parameter from the {@code page} and
 * {@code size} query parameters.
 */
final class PageQueryArgumentResolver implements SyncHandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == PageQuery.class;
	}

	@Override
	public Object resolveArgumentValue(MethodParameter parameter, BindingContext context, ServerWebExchange exchange) {
		List<FieldViolation> violations = new ArrayList<>();
		var query = exchange.getRequest().getQueryParams();
		List<FieldViolation> sizeViolations = new ArrayList<>();
		int size = parse("size", query.getFirst("size"), PageQuery.DEFAULT_SIZE, 1, PageQuery.MAX_SIZE, sizeViolations);
		// with a bad size, the page is checked against the default size's window
		int page = parse("page", query.getFirst("page"), PageQuery.DEFAULT_PAGE, 0, PageQuery.maxPage(size),
				violations);
		violations.addAll(sizeViolations);
		if (!violations.isEmpty()) {
			throw new InvalidParametersException(violations);
		}
		return new PageQuery(page, size);
	}

	private static int parse(String name, @Nullable String raw, int fallback, int min, int max,
			List<FieldViolation> violations) {
		if (raw == null || raw.isBlank()) {
			return fallback;
		}
		try {
			int value = Integer.parseInt(raw.strip());
			if (value >= min && value <= max) {
				return value;
			}
		}
		catch (NumberFormatException ignored) {
			// reported below with the range, which says more than "not a number"
		}
		String window = name.equals("page") ? " for this size (no page reaches beyond item " + PageQuery.MAX_WINDOW
				+ " of a result; narrow the query instead)" : "";
		violations.add(new FieldViolation(name, "must be an integer between " + min + " and " + max + window));
		return fallback;
	}

}
