package dev.foodmesh.web.problem;

import java.util.Collection;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.NotAcceptableStatusException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;

/**
 * Words for the statuses the framework raises itself: they name the method, media type or
 * path at fault.
 */
final class FrameworkErrors {

	private FrameworkErrors() {
	}

	static ProblemSpec translate(ResponseStatusException ex, ServerHttpRequest request) {
		String slug = Problems.slugOf(ex.getStatusCode());
		return ProblemSpec.of(ex.getStatusCode(), slug, detail(ex, request));
	}

	private static String detail(ResponseStatusException ex, ServerHttpRequest request) {
		if (ex instanceof MethodNotAllowedException notAllowed) {
			return "Method " + notAllowed.getHttpMethod() + " is not allowed on " + request.getPath() + "; allowed: "
					+ joined(notAllowed.getSupportedMethods());
		}
		if (ex instanceof UnsupportedMediaTypeStatusException unsupported) {
			return "Content-Type '" + unsupported.getContentType() + "' is not supported; use "
					+ joined(unsupported.getSupportedMediaTypes());
		}
		if (ex instanceof NotAcceptableStatusException notAcceptable) {
			return "None of the accepted media types can be produced; available: "
					+ joined(notAcceptable.getSupportedMediaTypes());
		}
		if (ex.getStatusCode().value() == HttpStatus.NOT_FOUND.value()) {
			return "No endpoint " + request.getMethod() + " " + request.getPath();
		}
		if (ex.getStatusCode().value() == HttpStatus.CONTENT_TOO_LARGE.value()) {
			return InputErrors.tooLarge().detail();
		}
		return ex.getReason() != null ? ex.getReason() : ex.getStatusCode().toString();
	}

	private static String joined(Collection<?> values) {
		return values.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
	}

}
