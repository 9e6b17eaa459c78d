package dev.foodmesh.web.problem;

import org.jspecify.annotations.Nullable;

/**
 * Text that Postgres can store and UTF-8 can carry: no NUL (U+0000, which {@code text}
 * and {@code jsonb} refuse, so the insert fails) and no unpaired surrogate (not a
 * character at all: the driver would store {@code ?}). A surrogate pair is one code point
 * and passes. Checked once at the edge for every JSON string, query parameter, path
 * segment and header value ({@link StorableTextModule}, {@link StorableTextFilter}), so
 * no service can forget it.
 */
final class StorableText {

	static final String MESSAGE = "must not contain NUL (U+0000) or unpaired surrogate characters";

	private StorableText() {
	}

	static boolean isStorable(@Nullable CharSequence text) {
		if (text == null) {
			return true;
		}
		int length = text.length();
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c == '\u0000') {
				return false;
			}
			if (Character.isHighSurrogate(c)) {
				if (i + 1 == length || !Character.isLowSurrogate(text.charAt(i + 1))) {
					return false;
				}
				i++;
			}
			else if (Character.isLowSurrogate(c)) {
				return false;
			}
		}
		return true;
	}

}
