package dev.foodmesh.infra.local;

/**
 * Seconds since a {@link System#nanoTime()} reading, for the launcher's console lines.
 */
final class Elapsed {

	private Elapsed() {
	}

	static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

}
