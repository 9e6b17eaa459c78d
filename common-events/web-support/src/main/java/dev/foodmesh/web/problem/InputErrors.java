package dev.foodmesh.web.problem;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.server.MissingRequestValueException;
import org.springframework.web.server.ServerErrorException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;

/**
 * Translates the framework's catch-all "bad input" exception into a problem naming the
 * cause: the JSON field, the path variable or query parameter, or the missing body.
 */
final class InputErrors {

	private static final Set<Class<?>> NAMED_VALUES = Set.of(PathVariable.class, RequestParam.class,
			RequestHeader.class);

	private InputErrors() {
	}

	static ProblemSpec translate(ServerWebInputException ex) {
		if (Causes.find(ex, DataBufferLimitException.class) != null) {
			return tooLarge();
		}
		JacksonException json = Causes.find(ex, JacksonException.class);
		if (json != null) {
			return JsonErrors.translate(json);
		}
		if (ex instanceof MissingRequestValueException missing) {
			return invalidParameter(missing.getName(), "is required");
		}
		if (ex.getCause() instanceof TypeMismatchException mismatch && ex.getMethodParameter() != null) {
			return invalidParameter(name(ex.getMethodParameter()), ExpectedTypes.mustBe(mismatch.getRequiredType()));
		}
		if (isMissingBody(ex)) {
			return missingBody();
		}
		return ProblemSpec.of(HttpStatus.BAD_REQUEST, "bad-request", String.valueOf(ex.getReason()));
	}

	/**
	 * The problem for a path variable the route matched but conversion turned into
	 * {@code null} (a blank UUID), or {@code null} if the server error is something else,
	 * such as a handler naming a variable its route lacks.
	 */
	static @Nullable ProblemSpec blankPathVariable(ServerErrorException ex, ServerWebExchange exchange) {
		MethodParameter parameter = ex.getMethodParameter();
		if (parameter == null || !parameter.hasParameterAnnotation(PathVariable.class)) {
			return null;
		}
		Map<String, String> matched = exchange.getAttributeOrDefault(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE,
				Map.of());
		String name = name(parameter);
		return matched.containsKey(name) ? invalidParameter(name, ExpectedTypes.mustBe(parameter.getParameterType()))
				: null;
	}

	static ProblemSpec missingBody() {
		return ProblemSpec.of(HttpStatus.BAD_REQUEST, "missing-body", "A JSON request body is required");
	}

	static ProblemSpec tooLarge() {
		return ProblemSpec.of(HttpStatus.CONTENT_TOO_LARGE, "content-too-large",
				"Request body exceeds the size this service accepts");
	}

	static ProblemSpec invalidParameter(String name, String message) {
		return ProblemSpec.invalid(HttpStatus.BAD_REQUEST, "invalid-parameter",
				List.of(new FieldViolation(name, message)));
	}

	/**
	 * The body resolver reports an absent body as a decoding failure with nothing
	 * underneath.
	 */
	private static boolean isMissingBody(ServerWebInputException ex) {
		MethodParameter parameter = ex.getMethodParameter();
		boolean body = parameter != null && parameter.hasParameterAnnotation(RequestBody.class);
		return body && (ex.getCause() == null
				|| ex.getCause() instanceof DecodingException decoding && decoding.getCause() == null);
	}

	/**
	 * The name the client used: the annotation's name if given, else the Java parameter
	 * name.
	 */
	private static String name(MethodParameter parameter) {
		return MergedAnnotations.from(parameter.getParameterAnnotations())
			.stream()
			.filter(annotation -> NAMED_VALUES.contains(annotation.getType()))
			.map(annotation -> annotation.getString("name"))
			.filter(name -> !name.isEmpty())
			.findFirst()
			.orElseGet(() -> String.valueOf(parameter.getParameterName()));
	}

}
