package dev.foodmesh.infra.drill;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code --name=value} arguments; an unknown or malformed one is an
 * {@link IllegalArgumentException}.
 */
final class Arguments {

	private final Map<String, String> values = new LinkedHashMap<>();

	private final Set<String> read = new HashSet<>();

	Arguments(List<String> args) {
		for (String arg : args) {
			int equals = arg.indexOf('=');
			if (!arg.startsWith("--") || equals < 0) {
				throw new IllegalArgumentException("Expected --name=value, not " + arg);
			}
			this.values.put(arg.substring(0, equals), arg.substring(equals + 1));
		}
	}

	String text(String name, String fallback) {
		this.read.add(name);
		return this.values.getOrDefault(name, fallback);
	}

	int integer(String name, int fallback) {
		this.read.add(name);
		String value = this.values.get(name);
		try {
			return (value != null) ? Integer.parseInt(value.trim()) : fallback;
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(name + " must be a whole number, not " + value);
		}
	}

	double decimal(String name, double fallback) {
		this.read.add(name);
		String value = this.values.get(name);
		try {
			return (value != null) ? Double.parseDouble(value.trim()) : fallback;
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(name + " must be a number, not " + value);
		}
	}

	/**
	 * Fails on a name none of the getters was asked for: call after reading every option.
	 */
	void rejectUnknown() {
		this.values.keySet().stream().filter((name) -> !this.read.contains(name)).findFirst().ifPresent((name) -> {
			throw new IllegalArgumentException("Unknown option " + name);
		});
	}

}
