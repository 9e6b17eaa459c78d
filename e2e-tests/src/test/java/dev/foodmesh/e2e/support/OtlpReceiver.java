package dev.foodmesh.e2e.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.zip.GZIPInputStream;

import com.google.protobuf.ByteString;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;

/**
 * An OTLP/HTTP trace receiver inside the test JVM, on loopback: the OpenTelemetry agent
 * of every service exports its spans here ({@code http/protobuf},
 * {@code POST /v1/traces}), and the journeys read them back.
 */
public final class OtlpReceiver implements AutoCloseable {

	private static final HexFormat HEX = HexFormat.of();

	private final HttpServer server;

	private final ConcurrentLinkedQueue<ReceivedSpan> spans = new ConcurrentLinkedQueue<>();

	private OtlpReceiver(HttpServer server) {
		this.server = server;
	}

	/**
	 * One exported span, with the ids as lower-case hex ({@code parentSpanId} empty for a
	 * root).
	 */
	public record ReceivedSpan(String service, String traceId, String spanId, String parentSpanId, String name,
			Span.SpanKind kind, Map<String, String> attributes, List<SpanLink> links) {

		public boolean isRoot() {
			return this.parentSpanId.isEmpty();
		}

		@Override
		public String toString() {
			return this.service + " " + this.kind.name().replace("SPAN_KIND_", "") + " '" + this.name + "' "
					+ this.spanId + " <- " + (isRoot() ? "(root)" : this.parentSpanId)
					+ (this.links.isEmpty() ? "" : " links " + this.links);
		}

	}

	/** A span link: another span this one refers to without being its child. */
	public record SpanLink(String traceId, String spanId) {
	}

	public static OtlpReceiver start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			OtlpReceiver receiver = new OtlpReceiver(server);
			server.createContext("/v1/traces", receiver::export);
			server
				.setExecutor(Executors.newFixedThreadPool(2, Thread.ofPlatform().daemon().name("otlp-", 0).factory()));
			server.start();
			return receiver;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the OTLP receiver", ex);
		}
	}

	/** {@code http://127.0.0.1:<port>/v1/traces}. */
	public String tracesEndpoint() {
		InetSocketAddress address = this.server.getAddress();
		return "http://" + address.getAddress().getHostAddress() + ":" + address.getPort() + "/v1/traces";
	}

	/** The agent's settings to export every span here, quickly (batches every 200 ms). */
	public Map<String, String> agentEnvironment() {
		Map<String, String> environment = new LinkedHashMap<>();
		environment.put("OTEL_TRACES_EXPORTER", "otlp");
		environment.put("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf");
		environment.put("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", tracesEndpoint());
		environment.put("OTEL_BSP_SCHEDULE_DELAY", "200");
		environment.put("OTEL_METRICS_EXPORTER", "none");
		environment.put("OTEL_LOGS_EXPORTER", "none");
		environment.put("OTEL_PROPAGATORS", "tracecontext,baggage");
		return environment;
	}

	/** Every span received so far. */
	public List<ReceivedSpan> spans() {
		return List.copyOf(this.spans);
	}

	/** The spans of one trace received so far. */
	public List<ReceivedSpan> trace(String traceId) {
		return this.spans.stream().filter((span) -> span.traceId().equals(traceId)).toList();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	private void export(HttpExchange exchange) throws IOException {
		try (exchange) {
			if (!"POST".equals(exchange.getRequestMethod())) {
				exchange.sendResponseHeaders(405, -1);
				return;
			}
			ExportTraceServiceRequest request = ExportTraceServiceRequest.parseFrom(body(exchange));
			request.getResourceSpansList().forEach(this::collect);
			byte[] response = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
			exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
			exchange.sendResponseHeaders(200, response.length);
			exchange.getResponseBody().write(response);
		}
	}

	private static InputStream body(HttpExchange exchange) throws IOException {
		InputStream body = exchange.getRequestBody();
		return "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))
				? new GZIPInputStream(body) : body;
	}

	private void collect(ResourceSpans resourceSpans) {
		String service = attributes(resourceSpans.getResource().getAttributesList()).getOrDefault("service.name", "?");
		for (ScopeSpans scopeSpans : resourceSpans.getScopeSpansList()) {
			for (Span span : scopeSpans.getSpansList()) {
				List<SpanLink> links = new ArrayList<>();
				span.getLinksList()
					.forEach((link) -> links.add(new SpanLink(hex(link.getTraceId()), hex(link.getSpanId()))));
				this.spans.add(new ReceivedSpan(service, hex(span.getTraceId()), hex(span.getSpanId()),
						hex(span.getParentSpanId()), span.getName(), span.getKind(),
						attributes(span.getAttributesList()), List.copyOf(links)));
			}
		}
	}

	private static Map<String, String> attributes(List<KeyValue> keyValues) {
		Map<String, String> attributes = new LinkedHashMap<>();
		for (KeyValue keyValue : keyValues) {
			attributes.put(keyValue.getKey(), text(keyValue.getValue()));
		}
		return attributes;
	}

	private static String text(AnyValue value) {
		return switch (value.getValueCase()) {
			case STRING_VALUE -> value.getStringValue();
			case INT_VALUE -> Long.toString(value.getIntValue());
			case BOOL_VALUE -> Boolean.toString(value.getBoolValue());
			case DOUBLE_VALUE -> Double.toString(value.getDoubleValue());
			default -> value.toString().strip();
		};
	}

	private static String hex(ByteString bytes) {
		return HEX.formatHex(bytes.toByteArray());
	}

}
