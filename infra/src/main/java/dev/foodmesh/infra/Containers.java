package dev.foodmesh.infra;

import java.util.function.BooleanSupplier;

import org.testcontainers.DockerClientFactory;

/**
 * The one precondition of the Testcontainers backend, checked before anything is pulled
 * or started.
 */
final class Containers {

	static final String NO_DOCKER = """
			-Dfoodmesh.test.infra=testcontainers needs a Docker engine, and none answered (Testcontainers tried \
			DOCKER_HOST, ~/.testcontainers.properties and the default socket). Start Docker (or Podman with its \
			Docker socket), or drop the option: by default the tests run against the in-JVM Postgres and Kafka.""";

	private Containers() {
	}

	/**
	 * @throws IllegalStateException when no Docker engine is reachable
	 */
	static void requireDocker() {
		requireDocker(() -> DockerClientFactory.instance().isDockerAvailable());
	}

	static void requireDocker(BooleanSupplier dockerAvailable) {
		if (!dockerAvailable.getAsBoolean()) {
			throw new IllegalStateException(NO_DOCKER);
		}
	}

}
