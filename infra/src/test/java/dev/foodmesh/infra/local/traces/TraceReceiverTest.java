package dev.foodmesh.infra.local.traces;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.google.protobuf.ByteString;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.proto.trace.v1.Span.SpanKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The receiver as the agents and {@code ./run-local.sh trace} use it: OTLP protobuf in, a
 * tree of text out.
 */
class TraceReceiverTest {

	private static final String ORDER = "0b5a4c1e-7d2f-4e8a-9c3b-1f2e3d4c5b6a";

	private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

	/** An order whose trace sent no span here. */
	private static final String UNTRACED = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f";

	private static final long T0 = 1_764_800_000_000_000_000L;

	private final SpanStore store = new SpanStore(SpanStore.DEFAULT_CAPACITY);

	private final TraceReceiver receiver = TraceReceiver.start(0, this.store, (orderId) -> Optional
		.ofNullable(Map.of(ORDER, TRACE, UNTRACED, "0af7651916cd43dd8448eb211c80319c").get(orderId)));

	private final HttpClient http = HttpClient.newHttpClient();

	@AfterEach
	void close() {
		this.receiver.close();
		this.http.close();
	}

	@Test
	void shouldPrintAnOrdersTraceAsATreeWithDurationsAndServices() throws Exception {
		// two exports, as two agents send them: the tree is put together across services
		assertThat(export(
				resourceSpans("order-service", span("a1", "", "POST /orders", SpanKind.SPAN_KIND_SERVER, 0, 61.3),
						span("a2", "a1", "GET", SpanKind.SPAN_KIND_CLIENT, 4.2, 18.0),
						span("a3", "a1", "foodmesh.order.events.v1 publish", SpanKind.SPAN_KIND_PRODUCER, 70, 3.5))))
			.isEqualTo(200);
		assertThat(export(resourceSpans("payment-service",
				span("b1", "a3", "foodmesh.order.events.v1 process", SpanKind.SPAN_KIND_CONSUMER, 80.0, 12.25))))
			.isEqualTo(200);

		HttpResponse<String> tree = get("/traces/" + ORDER);

		assertThat(tree.statusCode()).isEqualTo(200);
		assertThat(tree.body().lines()).containsExactly(
				"order " + ORDER + ": trace " + TRACE + ", 4 spans over 92.3 ms", "",
				"     start  duration  service            span",
				"   +0.0 ms   61.3 ms  order-service      SERVER POST /orders",
				"   +4.2 ms   18.0 ms  order-service        CLIENT GET",
				"  +70.0 ms    3.5 ms  order-service        PRODUCER foodmesh.order.events.v1 publish",
				"  +80.0 ms   12.3 ms  payment-service        CONSUMER foodmesh.order.events.v1 process");
	}

	@Test
	void shouldSaySoWhenTheOrderOrItsSpansAreUnknownAndRefuseWhatIsNoOrderId() throws Exception {
		export(resourceSpans("order-service", span("a1", "", "POST /orders", SpanKind.SPAN_KIND_SERVER, 0, 1)));

		assertThat(get("/traces/" + UNTRACED).statusCode()).isEqualTo(404);
		assertThat(get("/traces/" + UNTRACED).body()).startsWith("No span of order " + UNTRACED);
		assertThat(get("/traces/0b5a4c1e-0000-4e8a-9c3b-1f2e3d4c5b6a").body())
			.startsWith("order-service knows no trace of order");
		assertThat(get("/traces/pizza").statusCode()).isEqualTo(400);
		assertThat(get("/traces/------------------------------------").statusCode()).isEqualTo(400);
	}

	@Test
	void shouldAnswerAnExportWithAnOtlpResponseAndRefuseWhatIsNotOne() throws Exception {
		HttpResponse<byte[]> answer = this.http.send(post(request(resourceSpans("order-service")).toByteArray()),
				HttpResponse.BodyHandlers.ofByteArray());
		HttpResponse<byte[]> garbage = this.http.send(post(new byte[] { 1, 2, 3 }),
				HttpResponse.BodyHandlers.ofByteArray());

		assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/x-protobuf");
		assertThat(ExportTraceServiceResponse.parseFrom(answer.body()).hasPartialSuccess()).isFalse();
		assertThat(garbage.statusCode()).isEqualTo(400);
	}

	private int export(ResourceSpans spans) throws Exception {
		return this.http.send(post(request(spans).toByteArray()), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	private HttpRequest post(byte[] body) {
		return HttpRequest.newBuilder(uri(TraceReceiver.EXPORT_PATH))
			.header("Content-Type", "application/x-protobuf")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.receiver.port() + path);
	}

	private static ExportTraceServiceRequest request(ResourceSpans spans) {
		return ExportTraceServiceRequest.newBuilder().addResourceSpans(spans).build();
	}

	private static ResourceSpans resourceSpans(String service, Span... spans) {
		return ResourceSpans.newBuilder()
			.setResource(Resource.newBuilder().addAttributes(attribute("service.name", service)))
			.addScopeSpans(ScopeSpans.newBuilder().addAllSpans(List.of(spans)))
			.build();
	}

	private static Span span(String id, String parent, String name, SpanKind kind, double startMillis,
			double durationMillis) {
		long start = T0 + (long) (startMillis * 1e6);
		Span.Builder span = Span.newBuilder()
			.setTraceId(bytes(TRACE))
			.setSpanId(bytes(id + "0".repeat(16 - id.length())))
			.setName(name)
			.setKind(kind)
			.setStartTimeUnixNano(start)
			.setEndTimeUnixNano(start + (long) (durationMillis * 1e6));
		if (!parent.isEmpty()) {
			span.setParentSpanId(bytes(parent + "0".repeat(16 - parent.length())));
		}
		return span.build();
	}

	private static KeyValue attribute(String key, String value) {
		return KeyValue.newBuilder().setKey(key).setValue(AnyValue.newBuilder().setStringValue(value)).build();
	}

	private static ByteString bytes(String hex) {
		return ByteString.copyFrom(HexFormat.of().parseHex(hex));
	}

}
