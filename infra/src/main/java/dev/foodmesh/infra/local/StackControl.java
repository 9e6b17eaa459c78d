package dev.foodmesh.infra.local;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The launcher's control channel: a small HTTP server on the loopback interface only,
 * through which a drill puts the running stack through faults ({@link StackFaults}).
 * Every fault is a {@code POST}; answers are one line of text ({@code GET /status} is
 * JSON): <pre>
 * GET  /status                                  every part: pid, alive
 * POST /services/{name}/kill                    SIGKILL (name: order-service or order, ...)
 * POST /services/{name}/start[?timeout=SECONDS] start, answer once ready (default: the stack's ready timeout)
 * POST /services/{name}/pause                   SIGSTOP
 * POST /services/{name}/resume                  SIGCONT
 * POST /kafka/stop, POST /kafka/start           the broker
 * POST /postgres/kill, POST /postgres/start     SIGKILL to every Postgres process; start again
 * </pre> 200 when done, 404 for an unknown path or service, 405 for a wrong method, 409
 * when the part is not in a state that allows it, 500 when the action failed. Nobody but
 * the local user can reach it: it listens on 127.0.0.1, like Postgres and Kafka of the
 * same stack, which it can kill anyway.
 */
final class StackControl implements Closeable {

	private static final Logger logger = LoggerFactory.getLogger(StackControl.class);

	private static final Pattern SERVICE_ACTION = Pattern.compile("/services/([a-z-]+)/(kill|start|pause|resume)");

	private final HttpServer server;

	private final ExecutorService executor;

	private final StackFaults faults;

	private final Duration readyTimeout;

	private StackControl(HttpServer server, ExecutorService executor, StackFaults faults, Duration readyTimeout) {
		this.server = server;
		this.executor = executor;
		this.faults = faults;
		this.readyTimeout = readyTimeout;
	}

	/** Listens on {@code 127.0.0.1:port} until {@link #close()}. */
	static StackControl start(int port, StackFaults faults, Duration readyTimeout) {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
			// a start waits for readiness: status requests and other faults are served
			// meanwhile
			ExecutorService executor = Executors.newFixedThreadPool(4,
					Thread.ofPlatform().name("stack-control-", 0).daemon().factory());
			StackControl control = new StackControl(server, executor, faults, readyTimeout);
			server.createContext("/", control::handle);
			server.setExecutor(executor);
			server.start();
			return control;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not open the control channel on 127.0.0.1:" + port, ex);
		}
	}

	int port() {
		return this.server.getAddress().getPort();
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

	private void handle(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath();
		boolean post = "POST".equals(exchange.getRequestMethod());
		try {
			if (path.equals("/status")) {
				answer(exchange, 200, "application/json", this.faults.status());
			}
			else if (!post
					&& (path.startsWith("/services/") || path.startsWith("/kafka/") || path.startsWith("/postgres/"))) {
				answer(exchange, 405, "text/plain", "Faults are POSTs: POST " + path);
			}
			else {
				answer(exchange, 200, "text/plain", act(path, exchange.getRequestURI().getQuery()));
			}
		}
		catch (IllegalArgumentException ex) {
			// an unknown path, service or parameter
			answer(exchange, 404, "text/plain", ex.getMessage());
		}
		catch (IllegalStateException ex) {
			answer(exchange, 409, "text/plain", ex.getMessage());
		}
		catch (RuntimeException ex) {
			logger.error("Control action {} failed", path, ex);
			answer(exchange, 500, "text/plain", path + " failed: " + ex);
		}
	}

	private String act(String path, @Nullable String query) {
		Matcher service = SERVICE_ACTION.matcher(path);
		if (service.matches()) {
			String name = service.group(1);
			return switch (service.group(2)) {
				case "kill" -> this.faults.killService(name);
				case "start" -> this.faults.startService(name, timeout(query));
				case "pause" -> this.faults.pauseService(name);
				default -> this.faults.resumeService(name);
			};
		}
		return switch (path) {
			case "/kafka/stop" -> this.faults.stopKafka();
			case "/kafka/start" -> this.faults.startKafka();
			case "/postgres/kill" -> this.faults.killPostgres();
			case "/postgres/start" -> this.faults.startPostgres();
			default -> throw new IllegalArgumentException(
					"No control action at " + path + "; see GET /status and infra/README.md");
		};
	}

	private Duration timeout(@Nullable String query) {
		if (query == null || !query.startsWith("timeout=")) {
			return this.readyTimeout;
		}
		try {
			return Duration.ofSeconds(Long.parseLong(query.substring("timeout=".length())));
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("timeout must be a number of seconds, not " + query);
		}
	}

	private static void answer(HttpExchange exchange, int status, String contentType, String body) throws IOException {
		byte[] bytes = (body + "\n").getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", contentType + "; charset=utf-8");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

}
