package dev.foodmesh.messaging.outbox;

import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;

/**
 * Which send failures are about the record itself, so that sending it again can never
 * succeed until someone changes the record or the broker's limits. Everything else
 * (broker down, leader moving, authorisation) is worth retrying: those failures would
 * refuse any record.
 */
final class RefusedRecords {

	private RefusedRecords() {
	}

	static boolean isPermanent(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof RecordTooLargeException || cause instanceof RecordBatchTooLargeException
					|| cause instanceof InvalidRecordException) {
				return true;
			}
		}
		return false;
	}

}
