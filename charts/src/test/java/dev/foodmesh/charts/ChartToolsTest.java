package dev.foodmesh.charts;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, point 13 (chart part): the chart tests pick the Helm and kubectl binaries for
 * the platform they run on, or say why they are skipped. The npm layer's binaries are
 * linux/amd64; other platforms take a Helm 4 from -Dfoodmesh.helm, FOODMESH_HELM or the
 * PATH.
 */
class ChartToolsTest {

	@ParameterizedTest(name = "{0} {1} -> {2}")
	@CsvSource({ "Linux, amd64, linux/amd64", "Linux, x86_64, linux/amd64", "Linux, aarch64, linux/arm64",
			"Mac OS X, aarch64, darwin/arm64", "Mac OS X, x86_64, darwin/amd64", "Windows 11, amd64, windows/amd64" })
	void shouldNameThePlatformAsHelmReleasesDo(String osName, String osArch, String expected) {
		assertThat(ChartTools.platform(osName, osArch)).isEqualTo(expected);
	}

	@Test
	void shouldUseTheLayersBinariesOnLinuxAmd64() {
		ChartTools.Tool helm = ChartTools.find("helm", "foodmesh.test.none", "FOODMESH_TEST_NONE", "v4.",
				ChartTools.LAYER_PLATFORM, "");

		assertThat(helm.path()).isNotNull().endsWith(Path.of("bin/helm"));
	}

	@Test
	void shouldExplainWhyThereIsNoHelmOnAnotherPlatformWithoutOneOnThePath(@TempDir Path empty) {
		ChartTools.Tool helm = ChartTools.find("helm", "foodmesh.test.none", "FOODMESH_TEST_NONE", "v4.",
				"darwin/arm64", empty.toString());

		assertThat(helm.path()).isNull();
		assertThat(helm.missing()).contains("Skipped: no helm 4 for darwin/arm64", "built for linux/amd64 only",
				"-Dfoodmesh.test.none=/path/to/helm");
	}

	@Test
	void shouldTakeAHelmFourFromThePathOnAnotherPlatform(@TempDir Path bin) throws Exception {
		Path fake = bin.resolve("helm");
		Files.writeString(fake, "#!/bin/sh\necho v4.1.4+gfake\n");
		fake.toFile().setExecutable(true);

		ChartTools.Tool helm = ChartTools.find("helm", "foodmesh.test.none", "FOODMESH_TEST_NONE", "v4.", "linux/arm64",
				bin.toString());

		assertThat(helm.path()).isEqualTo(fake);
	}

	@Test
	void shouldRefuseAHelmThreeFromThePath(@TempDir Path bin) throws Exception {
		Path fake = bin.resolve("helm");
		Files.writeString(fake, "#!/bin/sh\necho v3.17.0+gfake\n");
		fake.toFile().setExecutable(true);

		ChartTools.Tool helm = ChartTools.find("helm", "foodmesh.test.none", "FOODMESH_TEST_NONE", "v4.",
				"darwin/amd64", bin.toString());

		assertThat(helm.path()).isNull();
		assertThat(helm.missing()).contains("is v3.17.0+gfake, not v4.x");
	}

}
