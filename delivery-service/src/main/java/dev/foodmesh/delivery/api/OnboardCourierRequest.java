package dev.foodmesh.delivery.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The body of {@code POST /couriers}. Leading and trailing whitespace is stripped before
 * validation, so the limits apply to what is stored. Components are nullable because
 * clients may leave them out; Bean Validation refuses that before anything else reads
 * them. Any city is accepted: assignment matches it exactly against the restaurant's city
 * of an {@code OrderPaid}.
 */
record OnboardCourierRequest(
		@JsonDeserialize(using = TextOnly.class) @NotBlank @Size(max = 100) @Pattern(regexp = PRINTABLE,
				message = NOT_PRINTABLE) @Nullable String name,
		@JsonDeserialize(using = TextOnly.class) @NotBlank @Size(max = 100) @Pattern(regexp = PRINTABLE,
				message = NOT_PRINTABLE) @Nullable String city) {

	// No Unicode control character (Cc: NUL, tab, line breaks, DEL, C1): Postgres refuses
	// NUL in text (the insert would fail, a 500), and the others have no place in a name
	// operators read in lists and logs. No lone surrogate (Cs): it is not valid UTF-8,
	// the driver would store "?". A valid surrogate pair is one code point and matches.
	static final String PRINTABLE = "[^\\p{Cc}\\p{Cs}]*";

	static final String NOT_PRINTABLE = "must not contain control characters or unpaired surrogates";

	OnboardCourierRequest {
		name = stripped(name);
		city = stripped(city);
	}

	private static @Nullable String stripped(@Nullable String value) {
		return (value != null) ? value.strip() : null;
	}

}
