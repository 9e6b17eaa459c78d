package dev.foodmesh.web.problem;

import org.jspecify.annotations.Nullable;

/**
 * Looks through wrapped exceptions, since codecs and binders wrap the failure that names
 * the cause.
 */
final class Causes {

	private Causes() {
	}

	static <T extends Throwable> @Nullable T find(@Nullable Throwable error, Class<T> type) {
		for (Throwable current = error; current != null; current = current.getCause()) {
			if (type.isInstance(current)) {
				return type.cast(current);
			}
		}
		return null;
	}

}
