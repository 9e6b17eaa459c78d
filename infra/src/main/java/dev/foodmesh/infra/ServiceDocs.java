package dev.foodmesh.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a running service says about itself on its management port, checked from its
 * integration test: the build ({@code /actuator/info}), Swagger UI
 * ({@code /actuator/swagger-ui}) and the OpenAPI document ({@code /actuator/openapi}),
 * which must equal the copy committed as {@code docs/openapi/<service>.json}.
 * <p>
 * The committed copy is the document with keys sorted and without {@code servers} (the
 * port of the run that made it). When the API changes on purpose, regenerate the copies
 * with {@link #REGENERATE}: the test then writes the file instead of comparing, and the
 * diff shows the API change for review.
 */
public final class ServiceDocs {

	/**
	 * How to rewrite the committed documents from the code, printed when one has drifted.
	 */
	public static final String REGENERATE = "scripts/update-openapi.sh";

	/**
	 * Set to {@code true} (by {@value #REGENERATE}) to write the committed documents
	 * instead of comparing.
	 */
	public static final String UPDATE_PROPERTY = "foodmesh.openapi.update";

	private static final JsonMapper json = JsonMapper.builder()
		.enable(SerializationFeature.INDENT_OUTPUT)
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
		.build();

	private final String service;

	private final ManagementPort management;

	private ServiceDocs(String service, int managementPort) {
		this.service = service;
		this.management = new ManagementPort(managementPort);
	}

	/** Checks all three for {@code service} (its {@code spring.application.name}). */
	public static void verify(String service, int managementPort) {
		ServiceDocs docs = new ServiceDocs(service, managementPort);
		docs.namesItsBuild();
		docs.servesSwaggerUi();
		docs.servesTheCommittedOpenApiDocument();
	}

	private void namesItsBuild() {
		JsonNode build = json.readTree(this.management.get("/actuator/info")).path("build");
		check(this.service.equals(build.path("artifact").asString(null))
				&& !build.path("version").asString("").isEmpty(),
				"/actuator/info names the artifact " + this.service + " and its version (spring-boot-maven-plugin's"
						+ " build-info goal); it answered: " + build);
	}

	private void servesSwaggerUi() {
		String page = this.management.get("/actuator/swagger-ui");
		check(page.contains("swagger-ui"), "/actuator/swagger-ui leads to the Swagger UI page; it answered: " + page);
		// the largest file, read in many buffers: under BlockHound it proves no read
		// happens on an event loop
		int bundle = this.management.get("/actuator/swagger-ui/swagger-ui-bundle.js").length();
		check(bundle > 100_000, "Swagger UI's script is served whole; it had " + bundle + " characters");
		String config = this.management.get("/actuator/swagger-ui/swagger-config");
		check(json.readTree(config).path("url").asString("").equals("/actuator/openapi"),
				"Swagger UI reads the document on the management port (/actuator/openapi); its configuration: "
						+ config);
	}

	private void servesTheCommittedOpenApiDocument() {
		String served = canonical(this.management.get("/actuator/openapi"));
		Path committed = committedDocument();
		if (Boolean.getBoolean(UPDATE_PROPERTY)) {
			write(committed, served);
			return;
		}
		String expected = Files.exists(committed) ? read(committed) : "";
		if (!served.equals(expected)) {
			Path kept = Path.of("target", "openapi", this.service + ".json").toAbsolutePath();
			write(kept, served);
			throw new AssertionError("The OpenAPI document " + this.service + " serves differs from " + committed
					+ " (served: " + kept + "; " + firstDifference(expected, served) + "). If the API change is"
					+ " intended, run " + REGENERATE + " and commit the new file with the code.");
		}
	}

	/**
	 * Where two documents part, as line numbers and lines, so that a failure in CI says
	 * what changed.
	 */
	static String firstDifference(String expected, String served) {
		List<String> committedLines = expected.lines().toList();
		List<String> servedLines = served.lines().toList();
		int line = 0;
		while (line < committedLines.size() && line < servedLines.size()
				&& committedLines.get(line).equals(servedLines.get(line))) {
			line++;
		}
		return "first difference at line " + (line + 1) + ": committed " + lineOrEnd(committedLines, line) + ", served "
				+ lineOrEnd(servedLines, line);
	}

	private static String lineOrEnd(List<String> lines, int index) {
		return (index < lines.size()) ? "'" + lines.get(index).strip() + "'" : "(end of document)";
	}

	/**
	 * The document as committed: keys sorted, indented, without the {@code servers} of
	 * this run.
	 */
	static String canonical(String document) {
		ObjectNode tree = (ObjectNode) json.readTree(document);
		tree.remove("servers");
		return json.writeValueAsString(json.treeToValue(tree, Object.class)) + "\n";
	}

	private Path committedDocument() {
		Path directory = Path.of("").toAbsolutePath();
		while (directory != null && !Files.isRegularFile(directory.resolve("mvnw"))) {
			directory = directory.getParent();
		}
		check(directory != null, "No repository root (a folder with mvnw) above " + Path.of("").toAbsolutePath());
		return directory.resolve("docs/openapi").resolve(this.service + ".json");
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(Path file, String content) {
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, content, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void check(boolean condition, String message) {
		if (!condition) {
			throw new AssertionError(message);
		}
	}

}
