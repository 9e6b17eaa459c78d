package dev.foodmesh.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.configurationmetadata.ConfigurationMetadataProperty;
import org.springframework.boot.configurationmetadata.ConfigurationMetadataRepository;
import org.springframework.boot.configurationmetadata.ConfigurationMetadataRepositoryJsonBuilder;

/**
 * The configuration metadata an IDE reads for completion: every
 * {@code META-INF/spring-configuration-metadata.json} on the class path (written by
 * {@code spring-boot-configuration-processor}), read with Boot's own reader. Lets a
 * module prove that each of its {@code foodmesh.*} keys is described.
 */
public final class ConfigurationMetadata {

	private static final String LOCATION = "META-INF/spring-configuration-metadata.json";

	private ConfigurationMetadata() {
	}

	/** The properties whose name starts with {@code prefix + "."}, by name. */
	public static Map<String, ConfigurationMetadataProperty> under(String prefix) {
		Map<String, ConfigurationMetadataProperty> found = new TreeMap<>();
		repository().getAllProperties().forEach((name, property) -> {
			if (name.startsWith(prefix + ".")) {
				found.put(name, property);
			}
		});
		return found;
	}

	private static ConfigurationMetadataRepository repository() {
		ConfigurationMetadataRepositoryJsonBuilder builder = ConfigurationMetadataRepositoryJsonBuilder.create();
		try {
			for (URL resource : Collections.list(ConfigurationMetadata.class.getClassLoader().getResources(LOCATION))) {
				try (InputStream in = resource.openStream()) {
					builder.withJsonResource(in);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + LOCATION, ex);
		}
		return builder.build();
	}

}
