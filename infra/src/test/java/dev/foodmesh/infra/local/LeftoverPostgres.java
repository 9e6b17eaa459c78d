package dev.foodmesh.infra.local;

import java.nio.file.Path;

import dev.foodmesh.infra.PostgresServer;

/**
 * Starts Postgres on a data directory and dies at once without stopping it, as a launcher
 * killed with SIGKILL does. Arguments: port, data directory.
 */
public final class LeftoverPostgres {

	private LeftoverPostgres() {
	}

	public static void main(String[] args) {
		PostgresServer.builder()
			.port(Integer.parseInt(args[0]))
			.dataDirectory(Path.of(args[1]))
			.stopOnJvmExit(false)
			.start();
		Runtime.getRuntime().halt(9);
	}

}
