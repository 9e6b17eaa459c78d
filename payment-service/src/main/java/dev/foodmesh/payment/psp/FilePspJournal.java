package dev.foodmesh.payment.psp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import dev.foodmesh.payment.domain.IdempotencyKey;

/**
 * The simulated PSP's answers in an append-only file, one line each, so that a
 * payment-service killed between a charge and recording its answer finds the charge
 * remembered after its restart, as it would at a real PSP, instead of charging again.
 * Each line is written in one call before the answer is given or logged; a killed process
 * leaves it in the page cache, which the file keeps (a host crash is beyond what a
 * simulator needs to survive). Opening the file reads what it remembers, skips a line a
 * kill tore, and rewrites it with the most recent {@code capacity} keys per operation, so
 * it stays as small as the ledger.
 */
final class FilePspJournal implements PspJournal {

	private final FileChannel channel;

	private final List<PspAnswer> remembered;

	private FilePspJournal(FileChannel channel, List<PspAnswer> remembered) {
		this.channel = channel;
		this.remembered = remembered;
	}

	static FilePspJournal open(Path file, int capacity) {
		try {
			Path directory = Objects.requireNonNullElse(file.toAbsolutePath().getParent(), Path.of("."));
			Files.createDirectories(directory);
			List<PspAnswer> remembered = recent(read(file), capacity);
			Path compacted = Files.createTempFile(directory, file.getFileName().toString(), ".tmp");
			Files.writeString(compacted, remembered.stream().map(FilePspJournal::line).collect(Collectors.joining()),
					StandardCharsets.UTF_8);
			Files.move(compacted, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
			return new FilePspJournal(channel, remembered);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot open the PSP simulator's journal " + file, ex);
		}
	}

	/** The answers the file held when it was opened, oldest first. */
	List<PspAnswer> remembered() {
		return this.remembered;
	}

	@Override
	public void append(PspAnswer answer) {
		ByteBuffer line = ByteBuffer.wrap(line(answer).getBytes(StandardCharsets.UTF_8));
		try {
			while (line.hasRemaining()) {
				this.channel.write(line);
			}
		}
		catch (IOException ex) {
			// the PSP cannot promise to remember this key, so it does not act on it: the
			// client will repeat the call
			throw new UncheckedIOException("The PSP simulator cannot write its journal", ex);
		}
	}

	@Override
	public Scheduler scheduler() {
		return Schedulers.boundedElastic();
	}

	@Override
	public void close() {
		try {
			this.channel.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot close the PSP simulator's journal", ex);
		}
	}

	private static String line(PspAnswer answer) {
		return answer.line() + "\n";
	}

	private static List<PspAnswer> read(Path file) throws IOException {
		if (!Files.exists(file)) {
			return List.of();
		}
		String text = Files.readString(file, StandardCharsets.UTF_8);
		// a last line without its line break was torn by a kill: its answer was never
		// given
		String complete = text.substring(0, text.lastIndexOf('\n') + 1);
		List<PspAnswer> answers = new ArrayList<>();
		complete.lines().map(PspAnswer::parse).filter(Objects::nonNull).forEach(answers::add);
		return answers;
	}

	// the first answer per key counts, and only the most recent keys of each operation,
	// as the ledgers keep them
	private static List<PspAnswer> recent(List<PspAnswer> answers, int capacity) {
		Map<IdempotencyKey, PspAnswer> authorizations = new LinkedHashMap<>();
		Map<IdempotencyKey, PspAnswer> refunds = new LinkedHashMap<>();
		for (PspAnswer answer : answers) {
			Map<IdempotencyKey, PspAnswer> ledger = (answer instanceof PspAnswer.Refunded) ? refunds : authorizations;
			ledger.putIfAbsent(answer.key(), answer);
		}
		List<PspAnswer> recent = new ArrayList<>(newest(authorizations, capacity));
		recent.addAll(newest(refunds, capacity));
		return recent;
	}

	private static List<PspAnswer> newest(Map<IdempotencyKey, PspAnswer> ledger, int capacity) {
		List<PspAnswer> all = List.copyOf(ledger.values());
		return all.subList(Math.max(0, all.size() - capacity), all.size());
	}

}
