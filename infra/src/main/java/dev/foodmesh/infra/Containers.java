package dev.foodmesh.infra;

import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

import org.testcontainers.DockerClientFactory;

/** Starts the Postgres and Kafka containers together, or refuses at once when no Docker engine answers. */
final class Containers {

    static final String NO_DOCKER = """
            -Dfoodmesh.test.infra=testcontainers needs a Docker engine, and none answered (Testcontainers tried \
            DOCKER_HOST, ~/.testcontainers.properties and the default socket). Start Docker (or Podman with its \
            Docker socket), or drop the option: by default the tests run against the in-JVM Postgres and Kafka.""";

    private Containers() {
    }

    /**
     * Both containers, started in parallel.
     * @throws IllegalStateException when no Docker engine is reachable, before anything is pulled or started
     */
    static Started start() {
        return start(() -> DockerClientFactory.instance().isDockerAvailable());
    }

    static Started start(BooleanSupplier dockerAvailable) {
        if (!dockerAvailable.getAsBoolean()) {
            throw new IllegalStateException(NO_DOCKER);
        }
        CompletableFuture<ContainerPostgres> postgres = CompletableFuture.supplyAsync(ContainerPostgres::start);
        ContainerKafka kafka;
        try {
            kafka = ContainerKafka.start();
        }
        catch (RuntimeException ex) {
            postgres.thenAccept(ContainerPostgres::close);
            throw ex;
        }
        try {
            return new Started(postgres.join(), kafka);
        }
        catch (RuntimeException ex) {
            kafka.close();
            throw ex;
        }
    }

    /** The started pair; the caller stops both. */
    record Started(ContainerPostgres postgres, ContainerKafka kafka) {
    }

}
