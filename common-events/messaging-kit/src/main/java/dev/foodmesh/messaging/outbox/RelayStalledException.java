package dev.foodmesh.messaging.outbox;

import java.time.Duration;

/**
 * The active relay made no progress for too long and gives up its lock so that another
 * replica may take over.
 */
final class RelayStalledException extends RuntimeException {

	RelayStalledException(Duration since) {
		super("No outbox progress for " + since + " while rows wait; stepping down as the active relay", null, false,
				false);
	}

}
