package dev.foodmesh.charts;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

import org.yaml.snakeyaml.Yaml;

/**
 * An image tarball in the {@code docker load} format Jib's buildTar writes:
 * {@code manifest.json}, the config JSON and one {@code .tar.gz} per layer. Reads the
 * manifest and config (JSON is YAML, so SnakeYAML parses them) and the file list of every
 * layer, streaming, with a small tar reader (ustar, PAX and GNU long names) instead of a
 * library.
 */
record ImageArchive(Map<String, Object> manifest, Map<String, Object> config, List<List<Entry>> layers) {

	/**
	 * Content is kept for files up to this size (class-path and main-class files, not
	 * jars).
	 */
	private static final int KEPT_CONTENT = 64 * 1024;

	/** One file of a layer; path absolute, as in the container ("/opt/otel/..."). */
	record Entry(String path, char type, int mode, long uid, long gid, long size, byte[] content) {

		boolean isFile() {
			return this.type == '0' || this.type == '\0';
		}

		String text() {
			return new String(this.content, StandardCharsets.UTF_8);
		}

	}

	@SuppressWarnings("unchecked")
	static ImageArchive read(Path tarball) throws IOException {
		Map<String, byte[]> small = new HashMap<>();
		Map<String, List<Entry>> layersByFile = new HashMap<>();
		try (InputStream in = new BufferedInputStream(Files.newInputStream(tarball), 1 << 16)) {
			readTar(in, (header, body) -> {
				if (header.path().endsWith(".tar.gz")) {
					List<Entry> files = new ArrayList<>();
					readTar(new GZIPInputStream(body, 1 << 16),
							(file, content) -> files.add(new Entry(file.path(), file.type(), file.mode(), file.uid(),
									file.gid(), file.size(),
									(file.size() <= KEPT_CONTENT) ? content.readAllBytes() : new byte[0])));
					layersByFile.put(header.path(), files);
				}
				else {
					small.put(header.path(), body.readAllBytes());
				}
			});
		}
		Yaml yaml = new Yaml();
		List<Map<String, Object>> manifests = yaml.load(json(small, "/manifest.json"));
		if (manifests.size() != 1) {
			throw new IllegalStateException("expected one image in " + tarball + ", found " + manifests.size());
		}
		Map<String, Object> manifest = manifests.get(0);
		Map<String, Object> config = yaml.load(json(small, "/" + manifest.get("Config")));
		List<List<Entry>> layers = new ArrayList<>();
		for (Object layer : (List<Object>) manifest.get("Layers")) {
			List<Entry> files = layersByFile.get("/" + layer);
			if (files == null) {
				throw new IllegalStateException("layer " + layer + " named in manifest.json is not in " + tarball);
			}
			layers.add(List.copyOf(files));
		}
		return new ImageArchive(manifest, config, List.copyOf(layers));
	}

	/** The file at an absolute path, from the topmost layer that has it. */
	Optional<Entry> file(String path) {
		for (int i = this.layers.size() - 1; i >= 0; i--) {
			for (Entry entry : this.layers.get(i)) {
				if (entry.path().equals(path)) {
					return Optional.of(entry);
				}
			}
		}
		return Optional.empty();
	}

	/** Index of the layer holding a path, or -1. */
	int layerOf(String path) {
		for (int i = this.layers.size() - 1; i >= 0; i--) {
			if (this.layers.get(i).stream().anyMatch((entry) -> entry.path().equals(path))) {
				return i;
			}
		}
		return -1;
	}

	private static String json(Map<String, byte[]> files, String name) {
		byte[] bytes = files.get(name);
		if (bytes == null) {
			throw new IllegalStateException(name + " is missing from the image tarball");
		}
		return new String(bytes, StandardCharsets.UTF_8);
	}

	// --- a minimal tar reader ---

	private record Header(String path, char type, int mode, long uid, long gid, long size) {
	}

	@FunctionalInterface
	private interface EntryHandler {

		void accept(Header header, InputStream body) throws IOException;

	}

	private static void readTar(InputStream in, EntryHandler handler) throws IOException {
		Map<String, String> pax = new HashMap<>();
		String longName = null;
		byte[] block = new byte[512];
		while (true) {
			if (in.readNBytes(block, 0, 512) < 512) {
				return; // tolerate a missing end-of-archive marker
			}
			if (isZero(block)) {
				return;
			}
			char type = (char) block[156];
			long size = number(block, 124, 12);
			Bounded body = new Bounded(in, size);
			if (type == 'x') {
				pax.putAll(paxRecords(body.readAllBytes()));
			}
			else if (type == 'g') {
				body.readAllBytes();
			}
			else if (type == 'L') {
				longName = cString(body.readAllBytes(), 0, (int) size);
			}
			else {
				String name = (longName != null) ? longName : ustarName(block);
				name = pax.getOrDefault("path", name);
				Header header = new Header(normalize(name), type, (int) number(block, 100, 8),
						Long.parseLong(pax.getOrDefault("uid", String.valueOf(number(block, 108, 8)))),
						Long.parseLong(pax.getOrDefault("gid", String.valueOf(number(block, 116, 8)))),
						Long.parseLong(pax.getOrDefault("size", String.valueOf(size))));
				if (header.size() != size) {
					body = new Bounded(in, header.size());
					size = header.size();
				}
				handler.accept(header, body);
				pax.clear();
				longName = null;
			}
			body.skipRest();
			long padding = (512 - (size % 512)) % 512;
			if (padding > 0) {
				in.skipNBytes(padding);
			}
		}
	}

	private static String ustarName(byte[] block) {
		String name = cString(block, 0, 100);
		boolean ustar = new String(block, 257, 5, StandardCharsets.US_ASCII).equals("ustar");
		String prefix = ustar ? cString(block, 345, 155) : "";
		return prefix.isEmpty() ? name : prefix + "/" + name;
	}

	private static Map<String, String> paxRecords(byte[] data) {
		Map<String, String> records = new LinkedHashMap<>();
		int pos = 0;
		while (pos < data.length) {
			int space = pos;
			while (space < data.length && data[space] != ' ') {
				space++;
			}
			if (space >= data.length) {
				break;
			}
			int length = Integer.parseInt(new String(data, pos, space - pos, StandardCharsets.US_ASCII));
			String record = new String(data, space + 1, length - (space - pos) - 2, StandardCharsets.UTF_8);
			int eq = record.indexOf('=');
			records.put(record.substring(0, eq), record.substring(eq + 1));
			pos += length;
		}
		return records;
	}

	private static long number(byte[] block, int offset, int length) {
		if ((block[offset] & 0x80) != 0) { // base-256 (GNU/star) for big numbers
			long value = block[offset] & 0x7f;
			for (int i = 1; i < length; i++) {
				value = (value << 8) | (block[offset + i] & 0xff);
			}
			return value;
		}
		String octal = cString(block, offset, length).trim();
		return octal.isEmpty() ? 0 : Long.parseLong(octal, 8);
	}

	private static String cString(byte[] bytes, int offset, int length) {
		int end = offset;
		while (end < offset + length && bytes[end] != 0) {
			end++;
		}
		return new String(bytes, offset, end - offset, StandardCharsets.UTF_8);
	}

	private static String normalize(String name) {
		String path = name.startsWith("./") ? name.substring(1) : name;
		path = path.startsWith("/") ? path : "/" + path;
		return (path.length() > 1 && path.endsWith("/")) ? path.substring(0, path.length() - 1) : path;
	}

	private static boolean isZero(byte[] block) {
		for (byte b : block) {
			if (b != 0) {
				return false;
			}
		}
		return true;
	}

	/** An entry's body: at most its size, never closing the archive stream underneath. */
	private static final class Bounded extends FilterInputStream {

		private long remaining;

		Bounded(InputStream in, long size) {
			super(in);
			this.remaining = size;
		}

		@Override
		public int read() throws IOException {
			if (this.remaining <= 0) {
				return -1;
			}
			int b = super.read();
			if (b < 0) {
				throw new EOFException("tar entry cut short");
			}
			this.remaining--;
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			if (this.remaining <= 0) {
				return -1;
			}
			int n = super.read(buffer, offset, (int) Math.min(length, this.remaining));
			if (n < 0) {
				throw new EOFException("tar entry cut short");
			}
			this.remaining -= n;
			return n;
		}

		@Override
		public long skip(long n) throws IOException {
			long skipped = super.skip(Math.min(n, this.remaining));
			this.remaining -= skipped;
			return skipped;
		}

		@Override
		public int available() throws IOException {
			return (int) Math.min(super.available(), this.remaining);
		}

		@Override
		public void close() {
			// the archive stream stays open
		}

		void skipRest() throws IOException {
			if (this.remaining > 0) {
				this.in.skipNBytes(this.remaining);
				this.remaining = 0;
			}
		}

	}

}
