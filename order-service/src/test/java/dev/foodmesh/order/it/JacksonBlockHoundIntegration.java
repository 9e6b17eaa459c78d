package dev.foodmesh.order.it;

import reactor.blockhound.BlockHound;
import reactor.blockhound.integration.BlockHoundIntegration;

/**
 * Jackson builds a deserializer once per type under a short lock: two event loops decoding the same type for the
 * first time (the concurrent user and restaurant answers) meet there. That wait is not I/O and happens once, so
 * BlockHound may let it pass; everything else stays forbidden on event loops.
 */
public final class JacksonBlockHoundIntegration implements BlockHoundIntegration {

	@Override
	public void applyTo(BlockHound.Builder builder) {
		builder.allowBlockingCallsInside("tools.jackson.databind.deser.DeserializerCache",
				"_createAndCacheValueDeserializer");
	}

}
