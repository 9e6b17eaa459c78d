package dev.foodmesh.infra.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import dev.foodmesh.infra.FoodMeshService;

/**
 * A repository root whose five {@code <service>/target/<service>-0.1.0-SNAPSHOT.jar} run
 * {@link FakeService}.
 */
final class FakeRepository {

	private FakeRepository() {
	}

	static Path create(Path root) throws IOException {
		for (FoodMeshService service : FoodMeshService.values()) {
			Path target = Files.createDirectories(root.resolve(service.serviceName()).resolve("target"));
			writeJar(target.resolve(service.serviceName() + "-0.1.0-SNAPSHOT.jar"));
		}
		return root;
	}

	/** A jar to pass as {@code --otel-agent}: {@link FakeAgent}. */
	static Path agent(Path root) throws IOException {
		Path jar = root.resolve("fake-agent.jar");
		Manifest manifest = new Manifest();
		manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
		manifest.getMainAttributes().put(new Attributes.Name("Premain-Class"), FakeAgent.class.getName());
		writeJar(jar, manifest, FakeAgent.class);
		return jar;
	}

	private static void writeJar(Path jar) throws IOException {
		Manifest manifest = new Manifest();
		manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
		manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeService.class.getName());
		writeJar(jar, manifest, FakeService.class);
	}

	private static void writeJar(Path jar, Manifest manifest, Class<?> type) throws IOException {
		String entry = type.getName().replace('.', '/') + ".class";
		try (OutputStream file = Files.newOutputStream(jar);
				JarOutputStream out = new JarOutputStream(file, manifest);
				InputStream classFile = type.getClassLoader().getResourceAsStream(entry)) {
			out.putNextEntry(new JarEntry(entry));
			classFile.transferTo(out);
			out.closeEntry();
		}
	}

}
