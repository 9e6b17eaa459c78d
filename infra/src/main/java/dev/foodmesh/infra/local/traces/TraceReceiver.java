package dev.foodmesh.infra.local.traces;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import com.google.protobuf.InvalidProtocolBufferException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;

/**
 * The launcher's trace sink, on 127.0.0.1 only: <pre>
 * POST /v1/traces          OTLP/HTTP, protobuf (optionally gzip): what the services' agents export
 * GET  /traces/{orderId}   that order's trace as a tree (text), 404 while none of its spans is here
 * </pre> {@link OrderTraceIds} names the order's trace; the spans come from the store.
 */
public final class TraceReceiver implements Closeable {

	/** The path of OTLP/HTTP trace exports. */
	public static final String EXPORT_PATH = "/v1/traces";

	private static final String QUERY_PREFIX = "/traces/";

	private static final Pattern ORDER_ID = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private final HttpServer server;

	private final ExecutorService executor;

	private final SpanStore store;

	private final OrderTraceIds traceIds;

	private TraceReceiver(HttpServer server, ExecutorService executor, SpanStore store, OrderTraceIds traceIds) {
		this.server = server;
		this.executor = executor;
		this.store = store;
		this.traceIds = traceIds;
	}

	/** Listens on {@code 127.0.0.1:port} (0: a free port) until {@link #close()}. */
	public static TraceReceiver start(int port, SpanStore store, OrderTraceIds traceIds) {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
			ExecutorService executor = Executors.newFixedThreadPool(2,
					Thread.ofPlatform().name("trace-receiver-", 0).daemon().factory());
			TraceReceiver receiver = new TraceReceiver(server, executor, store, traceIds);
			server.createContext(EXPORT_PATH, receiver::export);
			server.createContext(QUERY_PREFIX, receiver::query);
			server.setExecutor(executor);
			server.start();
			return receiver;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not open the trace receiver on 127.0.0.1:" + port, ex);
		}
	}

	public int port() {
		return this.server.getAddress().getPort();
	}

	/** Where the agents export: {@code http://127.0.0.1:<port>/v1/traces}. */
	public String exportEndpoint() {
		return "http://127.0.0.1:" + port() + EXPORT_PATH;
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

	private void export(HttpExchange exchange) throws IOException {
		try (exchange) {
			if (!"POST".equals(exchange.getRequestMethod())) {
				answer(exchange, 405, "text/plain", "OTLP exports are POSTs".getBytes(StandardCharsets.UTF_8));
				return;
			}
			ExportTraceServiceRequest request;
			try (InputStream body = body(exchange)) {
				request = ExportTraceServiceRequest.parseFrom(body);
			}
			catch (InvalidProtocolBufferException ex) {
				answer(exchange, 400, "text/plain",
						("Not an OTLP protobuf export: " + ex.getMessage()).getBytes(StandardCharsets.UTF_8));
				return;
			}
			this.store.add(OtlpSpans.of(request));
			answer(exchange, 200, "application/x-protobuf",
					ExportTraceServiceResponse.getDefaultInstance().toByteArray());
		}
	}

	private void query(HttpExchange exchange) throws IOException {
		try (exchange) {
			String orderId = exchange.getRequestURI().getPath().substring(QUERY_PREFIX.length());
			if (!ORDER_ID.matcher(orderId).matches()) {
				text(exchange, 400, "Not an order id: '" + orderId + "' (a UUID, as in the order's Location header)");
				return;
			}
			Optional<String> traceId;
			try {
				traceId = this.traceIds.of(orderId.toLowerCase(Locale.ROOT));
			}
			catch (IllegalStateException ex) {
				text(exchange, 503, ex.getMessage());
				return;
			}
			if (traceId.isEmpty()) {
				text(exchange, 404, "order-service knows no trace of order " + orderId
						+ " (no such order, or it was placed without the agent)");
				return;
			}
			List<RecordedSpan> spans = this.store.trace(traceId.get());
			if (spans.isEmpty()) {
				text(exchange, 404, "No span of order " + orderId + " (trace " + traceId.get()
						+ ") has arrived yet: the agents export every half second. An order placed before this stack "
						+ "started, or whose spans were among the oldest beyond the last "
						+ String.format(Locale.ROOT, "%,d", this.store.capacity()) + ", is not here.");
				return;
			}
			text(exchange, 200, TraceTree.render(orderId, traceId.get(), spans));
		}
	}

	private static InputStream body(HttpExchange exchange) throws IOException {
		InputStream body = exchange.getRequestBody();
		return "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))
				? new GZIPInputStream(body) : body;
	}

	private static void text(HttpExchange exchange, int status, String text) throws IOException {
		String line = text.endsWith("\n") ? text : text + "\n";
		answer(exchange, status, "text/plain; charset=utf-8", line.getBytes(StandardCharsets.UTF_8));
	}

	private static void answer(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", contentType);
		exchange.sendResponseHeaders(status, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

}
