package dev.foodmesh.infra.local;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code ./run-local.sh trace <order-id> [--port-offset=N]}: asks the running launcher's
 * trace receiver for one order's trace and prints the tree. A second JVM, so it must not
 * touch the running stack's logs: it logs nothing.
 */
final class TraceCommand {

	private TraceCommand() {
	}

	/**
	 * Prints the trace; returns the exit code (0 found, 1 not found or no stack, 2 bad
	 * arguments).
	 */
	static int run(List<String> args, Map<String, String> environment, Path root, PrintStream out, PrintStream err) {
		if (args.isEmpty() || args.get(0).startsWith("-")) {
			err.println("Usage: ./run-local.sh trace <order-id> [--port-offset=N] (the stack runs with --traces)");
			return 2;
		}
		int port;
		try {
			port = LocalStackOptions.parse(args.subList(1, args.size()), environment, root).tracesPort();
		}
		catch (IllegalArgumentException ex) {
			err.println(ex.getMessage());
			return 2;
		}
		URI uri = URI.create("http://127.0.0.1:" + port + "/traces/" + args.get(0));
		try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
			HttpResponse<String> response = http.send(
					HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
					HttpResponse.BodyHandlers.ofString());
			(response.statusCode() == 200 ? out : err).print(response.body());
			return (response.statusCode() == 200) ? 0 : 1;
		}
		catch (ConnectException ex) {
			err.println("No stack with --traces listens on 127.0.0.1:" + port
					+ ". Start one with ./run-local.sh --traces" + " (and give trace the same --port-offset).");
			return 1;
		}
		catch (IOException ex) {
			err.println("Could not ask 127.0.0.1:" + port + " for the trace: " + ex);
			return 1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return 1;
		}
	}

}
