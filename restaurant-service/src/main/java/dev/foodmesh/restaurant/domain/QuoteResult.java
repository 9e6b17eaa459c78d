package dev.foodmesh.restaurant.domain;

/**
 * The outcome of pricing: a quote, or the first rule it broke. Callers switch over it
 * exhaustively.
 */
public sealed interface QuoteResult {

	record Priced(Quote quote) implements QuoteResult {
	}

	record Rejected(QuoteRejection reason) implements QuoteResult {
	}

}
