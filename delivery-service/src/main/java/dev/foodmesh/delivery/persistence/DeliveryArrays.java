package dev.foodmesh.delivery.persistence;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;

/**
 * Columns of many rows as arrays, one element per row, for statements that write them all
 * at once ({@code unnest}); as text where a column may be null, cast back in the
 * statement.
 */
final class DeliveryArrays {

	private DeliveryArrays() {
	}

	static <T> String[] text(Collection<T> items, Function<T, @Nullable Object> value) {
		return items.stream().map(value).map(item -> (item != null) ? item.toString() : null).toArray(String[]::new);
	}

	/**
	 * Binds the columns a delivery's lifecycle changes: {@code statuses},
	 * {@code courierIds}, {@code assignedAts}, {@code etas}, {@code pickedUpAts},
	 * {@code completedAts}, {@code failureReasons}, {@code failedAts},
	 * {@code releasedAts}.
	 */
	static GenericExecuteSpec bindStates(GenericExecuteSpec statement, List<DeliveryRow> rows) {
		return statement.bind("statuses", text(rows, DeliveryRow::status))
			.bind("courierIds", text(rows, DeliveryRow::courierId))
			.bind("assignedAts", text(rows, DeliveryRow::assignedAt))
			.bind("etas", text(rows, DeliveryRow::estimatedDeliveryAt))
			.bind("pickedUpAts", text(rows, DeliveryRow::pickedUpAt))
			.bind("completedAts", text(rows, DeliveryRow::completedAt))
			.bind("failureReasons", text(rows, DeliveryRow::failureReason))
			.bind("failedAts", text(rows, DeliveryRow::failedAt))
			.bind("releasedAts", text(rows, DeliveryRow::releasedAt));
	}

}
