package dev.foodmesh.delivery.persistence;

import org.jspecify.annotations.Nullable;

import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;

/** Binds parameters that may be null, which {@code DatabaseClient} needs typed. */
final class Binder {

	private Binder() {
	}

	static GenericExecuteSpec bind(GenericExecuteSpec spec, String name, @Nullable Object value, Class<?> type) {
		return (value != null) ? spec.bind(name, value) : spec.bindNull(name, type);
	}

	static GenericExecuteSpec bindName(GenericExecuteSpec spec, String name, @Nullable Enum<?> value) {
		return bind(spec, name, (value != null) ? value.name() : null, String.class);
	}

}
