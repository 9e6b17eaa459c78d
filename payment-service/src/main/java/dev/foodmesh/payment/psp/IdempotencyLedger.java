package dev.foodmesh.payment.psp;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

import dev.foodmesh.payment.domain.IdempotencyKey;

/**
 * The simulated PSP's memory of idempotency keys: the first answer given for each of the
 * most recent {@code capacity} keys, the oldest forgotten first (as a real PSP lets its
 * keys expire). Safe for concurrent calls: two calls with one key act once, and the
 * second gets the first one's answer.
 *
 * @param <A> the answer kept per key
 */
final class IdempotencyLedger<A> {

	private final Map<IdempotencyKey, A> answers;

	IdempotencyLedger(int capacity) {
		this.answers = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, false) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<IdempotencyKey, A> eldest) {
				return size() > capacity;
			}
		};
	}

	/**
	 * The key's first answer; {@code act} runs only for a key the ledger does not know,
	 * under the ledger's lock.
	 */
	Recorded<A> answer(IdempotencyKey key, Supplier<A> act) {
		// a short, CPU-only critical section: BlockHound accepts an uncontended or
		// briefly contended monitor
		synchronized (answers) {
			A known = answers.get(key);
			if (known != null) {
				return new Recorded<>(known, true);
			}
			A answer = act.get();
			answers.put(key, answer);
			return new Recorded<>(answer, false);
		}
	}

	/**
	 * Takes an answer given before, by an earlier run of the PSP, as if it had been given
	 * now.
	 */
	void remember(IdempotencyKey key, A answer) {
		synchronized (answers) {
			answers.putIfAbsent(key, answer);
		}
	}

	long count(Predicate<A> which) {
		synchronized (answers) {
			return answers.values().stream().filter(which).count();
		}
	}

	int size() {
		synchronized (answers) {
			return answers.size();
		}
	}

	/**
	 * @param replayed whether the key was known, so nothing was done again
	 */
	record Recorded<A>(A answer, boolean replayed) {
	}

}
