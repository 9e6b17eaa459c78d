package dev.foodmesh.web.logging;

import java.util.List;
import java.util.function.BiConsumer;

import ch.qos.logback.classic.spi.ILoggingEvent;
import org.slf4j.event.KeyValuePair;

import org.springframework.boot.json.JsonWriter.Members;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;

/**
 * The members of a FoodMesh log line that Boot's Logstash layout takes from the logging
 * context, chosen rather than all copied: the OpenTelemetry agent's trace ids from the
 * MDC, so each line joins its trace, and the SLF4J key-value pairs
 * ({@code logger.atInfo().addKeyValue("orderId", id)}) as fields. Any other MDC entry a
 * library sets is left out. Boot's own copy of the context is off
 * ({@code logging.structured.json.context.include=false}), because it writes the whole
 * MDC.
 */
public class LogContextMembers implements StructuredLoggingJsonMembersCustomizer<ILoggingEvent> {

	/**
	 * The MDC keys the agent's logback-mdc instrumentation sets while a span is current.
	 */
	static final List<String> TRACE_KEYS = List.of("trace_id", "span_id", "trace_flags");

	@Override
	public void customize(Members<ILoggingEvent> members) {
		for (String key : TRACE_KEYS) {
			members.add(key, (event) -> event.getMDCPropertyMap().get(key)).whenNotNull();
		}
		members.add().usingPairs(LogContextMembers::keyValuePairs);
	}

	private static void keyValuePairs(ILoggingEvent event, BiConsumer<String, Object> pairs) {
		List<KeyValuePair> keyValuePairs = event.getKeyValuePairs();
		if (keyValuePairs != null) {
			keyValuePairs.forEach((pair) -> pairs.accept(pair.key, pair.value));
		}
	}

}
