package dev.foodmesh.e2e.support;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the {@link Fleet} once for the whole suite (in the root context's store, which
 * closes it after the last journey) and hands it to journey constructors and methods.
 * When the fleet cannot start, every journey fails with the same cause, without trying
 * again; a missing service jar is such a failure, never a skip.
 */
final class FleetExtension implements BeforeAllCallback, ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Fleet.class);

	@Override
	public void beforeAll(ExtensionContext context) {
		fleet(context);
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Fleet.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return fleet(context);
	}

	private static Fleet fleet(ExtensionContext context) {
		return context.getRoot()
			.getStore(NAMESPACE)
			.computeIfAbsent(Startup.class, (key) -> Startup.attempt(), Startup.class)
			.fleet();
	}

	/**
	 * The one attempt to start the fleet: the fleet, or why it failed. Closing it stops
	 * the fleet.
	 */
	private record Startup(Fleet started, RuntimeException failure) implements AutoCloseable {

		static Startup attempt() {
			try {
				return new Startup(Fleet.start(), null);
			}
			catch (RuntimeException ex) {
				return new Startup(null, ex);
			}
		}

		Fleet fleet() {
			if (this.failure != null) {
				throw new IllegalStateException("The e2e fleet could not start: " + this.failure.getMessage(),
						this.failure);
			}
			return this.started;
		}

		@Override
		public void close() {
			if (this.started != null) {
				this.started.close();
			}
		}

	}

}
