package dev.foodmesh.web.problem;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Says what a value should have looked like, in words a client can act on
 * ({@code must be a UUID}).
 */
final class ExpectedTypes {

	private ExpectedTypes() {
	}

	static String mustBe(@Nullable Class<?> type) {
		if (type == null) {
			return "has the wrong type";
		}
		if (type.isEnum()) {
			return "must be one of " + constants(type);
		}
		return "must be " + noun(type);
	}

	private static String noun(Class<?> type) {
		if (type == UUID.class) {
			return "a UUID";
		}
		if (isInteger(type)) {
			return "an integer";
		}
		if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
			return "a number";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true or false";
		}
		if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
			return "a string";
		}
		if (type.isArray() || Collection.class.isAssignableFrom(type)) {
			return "an array";
		}
		return Map.class.isAssignableFrom(type) || !type.getName().startsWith("java.") ? "an object" : "a valid value";
	}

	private static boolean isInteger(Class<?> type) {
		return type == int.class || type == long.class || type == short.class || type == byte.class
				|| type == Integer.class || type == Long.class || type == Short.class || type == Byte.class
				|| type == BigInteger.class;
	}

	private static String constants(Class<?> enumType) {
		return Arrays.stream(enumType.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
	}

}
