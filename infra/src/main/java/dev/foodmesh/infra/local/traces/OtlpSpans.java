package dev.foodmesh.infra.local.traces;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import com.google.protobuf.ByteString;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.proto.trace.v1.Status;
import org.jspecify.annotations.Nullable;

/**
 * Reads the spans of an OTLP export request ({@code opentelemetry-proto}'s generated
 * classes).
 */
final class OtlpSpans {

	private static final HexFormat HEX = HexFormat.of();

	private OtlpSpans() {
	}

	static List<RecordedSpan> of(ExportTraceServiceRequest request) {
		List<RecordedSpan> spans = new ArrayList<>();
		for (ResourceSpans resourceSpans : request.getResourceSpansList()) {
			String service = stringAttribute(resourceSpans.getResource().getAttributesList(), "service.name");
			for (ScopeSpans scopeSpans : resourceSpans.getScopeSpansList()) {
				for (Span span : scopeSpans.getSpansList()) {
					spans.add(recorded((service != null) ? service : "?", span));
				}
			}
		}
		return spans;
	}

	private static RecordedSpan recorded(String service, Span span) {
		// service and kind repeat on every span: one shared string each instead of
		// 100,000 copies
		return new RecordedSpan(service.intern(), hex(span.getTraceId()), hex(span.getSpanId()),
				hex(span.getParentSpanId()), span.getName(), span.getKind().name().replace("SPAN_KIND_", "").intern(),
				span.getStartTimeUnixNano(), span.getEndTimeUnixNano(),
				span.getStatus().getCode() == Status.StatusCode.STATUS_CODE_ERROR);
	}

	private static @Nullable String stringAttribute(List<KeyValue> attributes, String key) {
		for (KeyValue attribute : attributes) {
			if (attribute.getKey().equals(key) && attribute.getValue().hasStringValue()) {
				return attribute.getValue().getStringValue();
			}
		}
		return null;
	}

	private static String hex(ByteString bytes) {
		return HEX.formatHex(bytes.toByteArray());
	}

}
