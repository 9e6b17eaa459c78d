package dev.foodmesh.order.application;

/**
 * A service order-service depends on (user, restaurant) is down, failing or too slow; the
 * request may succeed later. Adapters translate their transport errors into this.
 */
public class DependencyUnavailableException extends RuntimeException {

	private final String dependency;

	public DependencyUnavailableException(String dependency, String message, Throwable cause) {
		super(dependency + " is unavailable: " + message, cause);
		this.dependency = dependency;
	}

	public String dependency() {
		return this.dependency;
	}

}
