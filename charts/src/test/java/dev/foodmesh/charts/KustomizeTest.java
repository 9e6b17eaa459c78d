package dev.foodmesh.charts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.yaml.snakeyaml.constructor.DuplicateKeyException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Issue 10, finding 16 and item 4: the rendered output is strict YAML, so it survives the
 * tools that parse it strictly: {@code kubectl kustomize} (kustomize post-renderers, Argo
 * CD's kustomize-with-helm) and yq. kubectl 1.33 ships in the same npm layer as Helm 4
 * (linux/amd64; elsewhere see {@link ChartTools}).
 */
class KustomizeTest {

	static final List<String> VALUE_SETS = RenderedChart.ALL_VALUE_SETS;

	@ParameterizedTest(name = "{0}")
	@FieldSource("VALUE_SETS")
	void shouldGoThroughKubectlKustomize(String valueSet, @TempDir Path dir) throws Exception {
		String rendered = RenderedChart.renderText(valueSet);
		Files.writeString(dir.resolve("rendered.yaml"), rendered);
		Files.writeString(dir.resolve("kustomization.yaml"), "resources: [rendered.yaml]\n");

		ChartTools.Result kustomize = ChartTools.kubectl(List.of("kustomize", dir.toString()));

		assertThat(kustomize.exitCode()).as(kustomize.all()).isZero();
		assertThat(RenderedChart.parse(valueSet, kustomize.stdout()))
			.hasSameSizeAs(RenderedChart.of(valueSet).objects());
	}

	@ParameterizedTest(name = "{0}")
	@FieldSource("VALUE_SETS")
	void shouldRenderEveryKeyOnceInEveryMap(String valueSet) {
		// RenderedChart parses with duplicate keys forbidden: rendering is the assertion
		assertThat(RenderedChart.of(valueSet).objects()).isNotEmpty();
	}

	@Test
	void shouldRejectDuplicateKeysLikeKustomizeDoes(@TempDir Path dir) throws Exception {
		String duplicate = """
				apiVersion: v1
				kind: ConfigMap
				metadata:
				  name: twice
				  labels:
				    app.kubernetes.io/instance: foodmesh
				    app.kubernetes.io/instance: foodmesh
				""";
		Files.writeString(dir.resolve("rendered.yaml"), duplicate);
		Files.writeString(dir.resolve("kustomization.yaml"), "resources: [rendered.yaml]\n");

		assertThatExceptionOfType(DuplicateKeyException.class)
			.isThrownBy(() -> RenderedChart.parse("duplicate", duplicate));
		ChartTools.Result kustomize = ChartTools.kubectl(List.of("kustomize", dir.toString()));
		assertThat(kustomize.exitCode()).isNotZero();
		assertThat(kustomize.stderr()).contains("app.kubernetes.io/instance");
	}

}
