package dev.foodmesh.loadtest;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A loopback HTTP server answering every request with what {@code answer} returns,
 * recording the requests.
 */
final class FakeService implements AutoCloseable {

	private final HttpServer server;

	private final List<String> requests = new CopyOnWriteArrayList<>();

	FakeService(Function<String, Answer> answer) throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", (exchange) -> respond(exchange, answer));
		this.server.start();
	}

	URI uri() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort());
	}

	/** "METHOD /path?query body" of every request so far. */
	List<String> requests() {
		return this.requests;
	}

	private void respond(HttpExchange exchange, Function<String, Answer> answer) throws IOException {
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		String request = exchange.getRequestMethod() + " " + exchange.getRequestURI()
				+ (body.isEmpty() ? "" : " " + body);
		this.requests.add(request);
		Answer reply = answer.apply(request);
		byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(reply.status(), (bytes.length == 0) ? -1 : bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	record Answer(int status, String body) {
	}

}
