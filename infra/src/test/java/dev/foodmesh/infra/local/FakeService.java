package dev.foodmesh.infra.local;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for a service jar in the launcher's tests: answers readiness on the
 * management port and shows its environment and arguments on the API port. Misbehaves on
 * request: {@code FAKE_EXIT=<code>} exits at once, {@code FAKE_IGNORE_TERM=true} never
 * finishes its shutdown, {@code FAKE_READY_DELAY_MS} delays readiness.
 */
public final class FakeService {

	private FakeService() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> env = System.getenv();
		System.out.println("fake service starting, args " + String.join(" ", args));
		if (env.containsKey("FAKE_EXIT")) {
			System.out.println("fake service failing on purpose");
			System.exit(Integer.parseInt(env.get("FAKE_EXIT")));
		}
		long readyAt = System.currentTimeMillis() + Long.parseLong(env.getOrDefault("FAKE_READY_DELAY_MS", "0"));
		HttpServer api = HttpServer.create(new InetSocketAddress(Integer.parseInt(env.get("SERVER_PORT"))), 10);
		api.createContext("/env", (exchange) -> answer(exchange, 200, new TreeMap<>(env).toString()));
		api.createContext("/args", (exchange) -> answer(exchange, 200, String.join(" ", args)));
		HttpServer management = HttpServer
			.create(new InetSocketAddress(Integer.parseInt(env.get("MANAGEMENT_SERVER_PORT"))), 10);
		management.createContext("/actuator/health/readiness",
				(exchange) -> answer(exchange, (System.currentTimeMillis() >= readyAt) ? 200 : 503, "{}"));
		api.start();
		management.start();
		CountDownLatch forever = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			System.out.println("fake service stopping");
			if (Boolean.parseBoolean(env.get("FAKE_IGNORE_TERM"))) {
				awaitQuietly(forever);
			}
			api.stop(0);
			management.stop(0);
		}));
		forever.await();
	}

	private static void answer(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
