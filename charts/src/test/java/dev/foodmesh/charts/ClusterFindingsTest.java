package dev.foodmesh.charts;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One test (or more) per finding of issue 10's cluster review
 * ({@code shared/reviews/cluster.md}), named by its number; each failed on the chart
 * before its fix. Findings 5, 9, 13 and 16 have classes of their own
 * ({@link TopicOwnershipTest}, {@link ChartSizingTest}, the authorisation work,
 * {@link KustomizeTest}); finding 1's rule is in {@link IstioSemanticsTest}. There is no
 * cluster here: each test reads the rendered objects and the files a user follows.
 */
class ClusterFindingsTest {

	static final List<String> VALUE_SETS = RenderedChart.ALL_VALUE_SETS;

	final RenderedChart chart = RenderedChart.of("default");

	// ---- would break the install

	@ParameterizedTest(name = "{0}")
	@FieldSource("VALUE_SETS")
	void finding01ShouldGiveNoRouteAZeroTimeout(String valueSet) {
		RenderedChart rendered = RenderedChart.of(valueSet);
		rendered.ofKind("VirtualService").flatMap((vs) -> Yamls.maps(vs, "spec.http").stream()).forEach((route) -> {
			if (route.containsKey("timeout")) {
				assertThat(IstioSemantics.parse(String.valueOf(route.get("timeout"))))
					.as("%s route %s", valueSet, route.get("name"))
					.isGreaterThanOrEqualTo(Duration.ofMillis(1));
			}
		});
	}

	@Test
	void finding02ShouldKeepKafkasDataBelowTheVolumeRoot() {
		Map<String, Object> kafka = this.chart.get("StatefulSet", "foodmesh-kafka");
		String mount = Yamls.maps(Yamls.maps(kafka, "spec.template.spec.containers").get(0), "volumeMounts")
			.stream()
			.filter((m) -> "data".equals(m.get("name")))
			.map((m) -> String.valueOf(m.get("mountPath")))
			.findFirst()
			.orElseThrow();
		Matcher logDirs = Pattern.compile("(?m)^log\\.dirs=(.+)$").matcher(kafkaProperties(this.chart));

		assertThat(logDirs.find()).isTrue();
		assertThat(logDirs.group(1).split(","))
			.allSatisfy((dir) -> assertThat(dir).startsWith(mount + "/").isNotEqualTo(mount));
	}

	@Test
	void finding03ShouldRenderStrimzisV1ApiAndAKafkaItStillServes() {
		RenderedChart operators = RenderedChart.of("operators");

		assertThat(operators.ofApiGroup("kafka.strimzi.io").toList()).hasSize(11)
			.allSatisfy((o) -> assertThat(o.get("apiVersion")).isEqualTo("kafka.strimzi.io/v1"))
			.allSatisfy((o) -> assertThat(Yamls.map(o, "metadata.annotations")).doesNotContainKeys("strimzi.io/kraft",
					"strimzi.io/node-pools"));
		assertThat(Yamls.str(operators.get("Kafka", "foodmesh"), "spec.kafka.version")).matches("4\\.[23]\\.\\d+");
	}

	@Test
	void finding03ShouldExplainAnOperatorThatIsTooOld() {
		ChartTools.Result oldStrimzi = RenderedChart.template("--set", "kafka.mode=strimzi", "--set",
				"kafka.replicationFactor=1", "--api-versions", "kafka.strimzi.io/v1beta2");
		ChartTools.Result currentStrimzi = RenderedChart.template("--set", "kafka.mode=strimzi", "--api-versions",
				"kafka.strimzi.io/v1beta2", "--api-versions", "kafka.strimzi.io/v1");
		ChartTools.Result oldCnpg = RenderedChart.template("--set", "postgres.mode=cloudnativepg", "--api-versions",
				"postgresql.cnpg.io/v1");
		ChartTools.Result currentCnpg = RenderedChart.template("--set", "postgres.mode=cloudnativepg", "--api-versions",
				"postgresql.cnpg.io/v1", "--api-versions", "postgresql.cnpg.io/v1/Database");

		assertThat(oldStrimzi.exitCode()).isNotZero();
		assertThat(oldStrimzi.stderr()).contains("needs Strimzi >= 1.0");
		assertThat(currentStrimzi.exitCode()).as(currentStrimzi.all()).isZero();
		assertThat(oldCnpg.exitCode()).isNotZero();
		assertThat(oldCnpg.stderr()).contains("CloudNativePG >= 1.25");
		assertThat(currentCnpg.exitCode()).as(currentCnpg.all()).isZero();
	}

	@Test
	void finding04ShouldBuildImagesForTheClusterNodesArchitecture() throws Exception {
		String deploy = read("docs/deploy.md");
		String build = deploy.lines()
			.filter((l) -> l.contains("jib:buildTar") && l.contains("$SERVICES"))
			.findFirst()
			.orElseThrow();

		assertThat(build).contains("-Djib.from.platforms=linux/$ARCH");
		assertThat(deploy).contains("ARCH=$(uname -m | sed -e 's/x86_64/amd64/' -e 's/aarch64/arm64/')")
			.contains("kubectl get nodes -o jsonpath='{.items[0].status.nodeInfo.architecture}'");
	}

	// ---- would break at runtime

	@Test
	void finding06ShouldPassExternalKafkaThroughToTheBrokerTheClientResolved() {
		for (String valueSet : List.of("external", "examples/external-infra/values.yaml")) {
			Map<String, Object> entry = RenderedChart.of(valueSet).get("ServiceEntry", "foodmesh-external-kafka");

			assertThat(Yamls.list(entry, "spec.hosts")).hasSizeGreaterThan(1);
			assertThat(Yamls.str(entry, "spec.resolution")).as(valueSet).isEqualTo("NONE");
		}
	}

	@ParameterizedTest(name = "{0}")
	@FieldSource("VALUE_SETS")
	void finding07ShouldNeverEjectAServiceForItsOwnServerErrors(String valueSet) {
		RenderedChart.of(valueSet).ofKind("DestinationRule").forEach((rule) -> {
			Map<String, Object> outlier = Yamls.map(rule, "spec.trafficPolicy.outlierDetection");
			String name = valueSet + " " + Yamls.str(rule, "metadata.name");
			assertThat(((Number) outlier.getOrDefault("consecutive5xxErrors", 5)).intValue()).as(name).isZero();
			assertThat(outlier).as(name)
				.doesNotContainKey("consecutiveGatewayErrors")
				.containsEntry("splitExternalLocalOriginErrors", true)
				.containsKey("consecutiveLocalOriginFailures");
			assertThat(((Number) outlier.getOrDefault("minHealthPercent", 0)).intValue()).as(name).isPositive();
		});
	}

	@ParameterizedTest(name = "{0}")
	@FieldSource("VALUE_SETS")
	void finding08ShouldGivePostgresMoreConnectionsThanThePoolsCanOpen(String valueSet) {
		RenderedChart rendered = RenderedChart.of(valueSet);
		int needed = 10;
		for (Map<String, Object> deployment : rendered.ofKind("Deployment").toList()) {
			String name = Yamls.str(deployment, "metadata.name");
			int replicas = rendered.find("HorizontalPodAutoscaler", name)
				.map((h) -> ((Number) Yamls.at(h, "spec.maxReplicas")).intValue())
				.orElseGet(() -> ((Number) Yamls.at(deployment, "spec.replicas")).intValue());
			Object pool = Yamls.map(rendered.get("ConfigMap", name), "data").get("SPRING_R2DBC_POOL_MAX_SIZE");
			assertThat(pool).as("%s %s pool size is set", valueSet, name).isNotNull();
			needed += replicas * (Integer.parseInt(String.valueOf(pool)) + 2);
		}
		String args = rendered.find("StatefulSet", "foodmesh-postgres")
			.map((s) -> String.valueOf(Yamls.list(Yamls.maps(s, "spec.template.spec.containers").get(0), "args")))
			.orElseGet(() -> rendered.ofKind("Cluster")
				.findFirst()
				.map((c) -> "max_connections=" + Yamls.str(c, "spec.postgresql.parameters.max_connections"))
				.orElse(null));
		if (args != null) {
			Matcher max = Pattern.compile("max_connections=(\\d+)").matcher(args);
			assertThat(max.find()).as(args).isTrue();
			assertThat(Integer.parseInt(max.group(1))).as(valueSet).isGreaterThanOrEqualTo(needed);
		}
	}

	@Test
	void finding08ShouldRefuseAConnectionLimitBelowWhatThePoolsNeed() {
		ChartTools.Result tooFew = RenderedChart.template("--set", "postgres.maxConnections=50");

		assertThat(tooFew.exitCode()).isNotZero();
		assertThat(tooFew.stderr()).contains("postgres.maxConnections (50) is below what the services may open (130");
	}

	@ParameterizedTest(name = "{0}")
	@FieldSource("VALUE_SETS")
	void finding10ShouldNotLetStatusStreamsStarveTheOtherRequests(String valueSet) {
		RenderedChart rendered = RenderedChart.of(valueSet);
		if (rendered.find("DestinationRule", "order-service").isEmpty()) {
			return;
		}
		Map<String, Object> rule = rendered.get("DestinationRule", "order-service");
		Map<String, Object> pool = Yamls.map(rule, "spec.trafficPolicy.connectionPool");
		boolean upgraded = "UPGRADE".equals(Yamls.str(pool, "http.h2UpgradePolicy"));

		if (!rendered.ofKind("DestinationRule").toList().isEmpty() && !upgraded) {
			assertThat(((Number) Yamls.at(pool, "tcp.maxConnections")).intValue()).as(valueSet)
				.isGreaterThanOrEqualTo(10_000);
			assertThat(((Number) Yamls.at(pool, "http.http1MaxPendingRequests")).intValue())
				.isGreaterThanOrEqualTo(1000);
		}
	}

	@Test
	void finding11ShouldSelectAndAdmitTheGatewayOfIstiosHelmCharts() throws Exception {
		RenderedChart helmIstio = RenderedChart.of("examples/istio-helm/values.yaml");
		Map<String, Object> gatewayValues = yaml("istio/helm/gateway-values.yaml");
		String release = "istio-ingress";
		String deploy = read("docs/deploy.md");

		// the istio/gateway chart labels its pods istio=<release without "istio-"> and
		// names SA and Service after it
		assertThat(Yamls.map(helmIstio.get("Gateway", "foodmesh-gateway"), "spec.selector"))
			.containsExactly(Map.entry("istio", release.replaceFirst("^istio-", "")));
		assertThat(helmIstio.ofKind("AuthorizationPolicy")
			.flatMap((p) -> Yamls.maps(p, "spec.rules").stream())
			.flatMap((r) -> Yamls.maps(r, "from").stream())
			.flatMap((f) -> Yamls.list(f, "source.principals").stream())
			.map(String::valueOf)).contains("cluster.local/ns/istio-ingress/sa/" + release);
		assertThat(Yamls.maps(gatewayValues, "service.ports")).extracting((p) -> p.get("port")).contains(443);
		assertThat(deploy).contains("helm install " + release + " istio/gateway -n istio-ingress",
				"-f istio/helm/istiod-values.yaml", "examples/istio-helm/values.yaml",
				"istio/make-tls-secret.sh foodmesh.local istio-ingress");
		assertThat(Yamls.map(yaml("istio/helm/istiod-values.yaml"), "meshConfig"))
			.isEqualTo(Yamls.map(yaml("istio/overlay.yaml"), "spec.meshConfig"));
	}

	// ---- wrong but works

	@Test
	void finding12ShouldTraceTheIngressGatewayToo() throws Exception {
		Map<String, Object> telemetry = yaml("istio/telemetry.yaml");
		String provider = Yamls.str(
				Yamls.maps(Yamls.map(yaml("istio/overlay.yaml"), "spec.meshConfig"), "extensionProviders").get(0),
				"name");

		assertThat(Yamls.str(telemetry, "metadata.namespace")).isEqualTo("istio-system");
		assertThat(Yamls.at(telemetry, "spec.selector")).isNull();
		assertThat(Yamls.str(Yamls.maps(Yamls.maps(telemetry, "spec.tracing").get(0), "providers").get(0), "name"))
			.isEqualTo(provider);
		assertThat(read("docs/deploy.md")).contains("kubectl apply -f istio/telemetry.yaml");
	}

	@Test
	void finding14ShouldRetryNothingByDefaultSoHttpRoutesDoNotRetryPosts() throws Exception {
		assertThat(Yamls.at(yaml("istio/overlay.yaml"), "spec.meshConfig.defaultHttpRetryPolicy.attempts"))
			.isEqualTo(0);
		assertThat(Yamls.at(yaml("istio/helm/istiod-values.yaml"), "meshConfig.defaultHttpRetryPolicy.attempts"))
			.isEqualTo(0);
		// every Istio-mode route states its own retries, so the mesh default only reaches
		// the HTTPRoutes
		RenderedChart.of("default")
			.ofKind("VirtualService")
			.flatMap((vs) -> Yamls.maps(vs, "spec.http").stream())
			.forEach((route) -> assertThat(route).as(String.valueOf(route.get("name"))).containsKey("retries"));
	}

	@Test
	void finding15ShouldLetTheMeshRetryBeforeTheAppGivesUp() throws Exception {
		Map<String, Object> env = Yamls.map(this.chart.get("ConfigMap", "order-service"), "data");
		Duration app = IstioSemantics.parse(String.valueOf(env.get("FOODMESH_ORDER_LOOKUPS_RESPONSE_TIMEOUT")));
		Map<String, Object> orderYaml = yaml("order-service/src/main/resources/application.yml");

		assertThat(Yamls.map(orderYaml, "foodmesh.order.lookups")).containsKey("response-timeout");
		for (String callee : List.of("user-service", "restaurant-service")) {
			// the methods order-service may use on the callee, each taken by the first
			// route that matches it
			java.util.Set<String> methods = new java.util.TreeSet<>();
			Yamls.maps(this.chart.get("AuthorizationPolicy", callee), "spec.rules")
				.forEach((r) -> Yamls.maps(r, "to")
					.forEach((to) -> Yamls.list(to, "operation.methods")
						.forEach((m) -> methods.add(String.valueOf(m)))));
			for (Map<String, Object> route : Yamls.maps(this.chart.get("VirtualService", callee), "spec.http")) {
				List<String> routeMethods = Yamls.maps(route, "match")
					.stream()
					.map((m) -> Yamls.str(m, "method.exact"))
					.toList();
				boolean used = routeMethods.isEmpty() ? !methods.isEmpty() : methods.removeAll(routeMethods);
				methods.removeAll(routeMethods);
				if (routeMethods.isEmpty()) {
					methods.clear();
				}
				if (used) {
					assertThat(app).as("app timeout against %s %s", callee, route.get("name"))
						.isGreaterThanOrEqualTo(IstioSemantics.parse(String.valueOf(route.get("timeout"))));
				}
			}
		}
	}

	@Test
	void finding17ShouldRenderEveryProbeKeyTheSchemaAccepts() {
		String text = RenderedChart
			.template("--set", "default.probes.startup.initialDelaySeconds=11", "--set",
					"default.probes.liveness.initialDelaySeconds=12", "--set",
					"default.probes.readiness.initialDelaySeconds=13")
			.stdout();
		Map<String, Object> container = Yamls
			.maps(new RenderedChart("probes", RenderedChart.parse("probes", text)).get("Deployment", "order-service"),
					"spec.template.spec.containers")
			.get(0);

		assertThat(Yamls.at(container, "startupProbe.initialDelaySeconds")).isEqualTo(11);
		assertThat(Yamls.at(container, "livenessProbe.initialDelaySeconds")).isEqualTo(12);
		assertThat(Yamls.at(container, "readinessProbe.initialDelaySeconds")).isEqualTo(13);
	}

	@ParameterizedTest(name = "{0}")
	@FieldSource("VALUE_SETS")
	void finding18ShouldWaitForPostgresInsteadOfCrashLooping(String valueSet) {
		RenderedChart rendered = RenderedChart.of(valueSet);
		for (String service : RenderedChart.SERVICES) {
			Map<String, Object> env = Yamls.map(rendered.get("ConfigMap", service), "data");
			Map<String, Object> startup = Yamls.map(
					Yamls.maps(rendered.get("Deployment", service), "spec.template.spec.containers").get(0),
					"startupProbe");
			int retries = Integer.parseInt(String.valueOf(env.get("SPRING_FLYWAY_CONNECT_RETRIES")));
			Duration interval = IstioSemantics.parse(String.valueOf(env.get("SPRING_FLYWAY_CONNECT_RETRIES_INTERVAL")));
			// Flyway waits 1 s, doubling up to the interval, between attempts
			Duration waited = Duration.ZERO;
			Duration step = Duration.ofSeconds(1);
			for (int i = 0; i < retries; i++) {
				waited = waited.plus(step);
				step = (step.multipliedBy(2).compareTo(interval) > 0) ? interval : step.multipliedBy(2);
			}
			long budget = ((Number) startup.getOrDefault("initialDelaySeconds", 0)).longValue()
					+ ((Number) startup.get("periodSeconds")).longValue()
							* ((Number) startup.get("failureThreshold")).longValue();
			assertThat(retries).as(service).isPositive();
			assertThat(waited.toSeconds())
				.as("%s %s: Flyway's wait inside the startup probe's budget", valueSet, service)
				.isBetween(60L, budget - 30);
		}
	}

	@Test
	void finding18ShouldNotCallCrashLoopsNormalInTheDocs() throws Exception {
		assertThat(read("docs/deploy.md")).doesNotContain("normal for a minute")
			.contains("SPRING_FLYWAY_CONNECT_RETRIES");
	}

	@Test
	void finding19ShouldScrapeTheServicesForKubePrometheusStack() {
		RenderedChart ha = RenderedChart.of("ha-demo");
		Map<String, Object> monitor = ha.get("PodMonitor", "foodmesh-services");
		Map<String, Object> selector = Yamls.map(monitor, "spec.selector.matchLabels");
		Map<String, Object> endpoint = Yamls.maps(monitor, "spec.podMetricsEndpoints").get(0);

		assertThat(Yamls.map(monitor, "metadata.labels")).containsEntry("release", "kube-prometheus-stack");
		for (String service : RenderedChart.SERVICES) {
			assertThat(Yamls.map(ha.get("Deployment", service), "spec.template.metadata.labels"))
				.containsAllEntriesOf(selector);
		}
		assertThat(Yamls.map(ha.get("StatefulSet", "foodmesh-kafka"), "spec.template.metadata.labels"))
			.doesNotContainEntry("app.kubernetes.io/component", "service");
		// mesh on: Istio's merged endpoint, found through the annotations the injector
		// rewrites
		assertThat(endpoint.get("port")).isEqualTo("http-envoy-prom");
		assertThat(String.valueOf(endpoint.get("relabelings")))
			.contains("__meta_kubernetes_pod_annotation_prometheus_io_port", "__metrics_path__");
		String meshOff = RenderedChart
			.template("--set", "mesh.enabled=false", "--set", "monitoring.podMonitor.enabled=true")
			.stdout();
		Map<String, Object> plain = Yamls
			.maps(new RenderedChart("off", RenderedChart.parse("off", meshOff)).get("PodMonitor", "foodmesh-services"),
					"spec.podMetricsEndpoints")
			.get(0);
		assertThat(plain).containsEntry("port", "http-management").containsEntry("path", "/actuator/prometheus");
	}

	@ParameterizedTest(name = "{0}")
	@FieldSource("VALUE_SETS")
	void finding20ShouldRestartNoPodForAChartBumpAlone(String valueSet) {
		RenderedChart.of(valueSet)
			.podTemplates()
			.forEach((id, pod) -> assertThat(Yamls.map(pod, "metadata.labels")).as("%s %s", valueSet, id)
				.doesNotContainKeys("helm.sh/chart", "app.kubernetes.io/version"));
	}

	@Test
	void finding20ShouldRollKafkaWhenItsConfigurationChanges() {
		String before = kafkaChecksum(this.chart);
		String text = RenderedChart.template("--set", "kafka.topics.partitions=12").stdout();
		String after = kafkaChecksum(new RenderedChart("p12", RenderedChart.parse("p12", text)));

		assertThat(after).isNotEqualTo(before);
	}

	@Test
	void finding21ShouldTellGitOpsUsersToBringTheirOwnPasswords() throws Exception {
		String readme = Files.readString(ChartTools.CHART.resolve("README.md"));

		assertThat(readme).contains("### GitOps", "`lookup`", "components.<name>.database.existingSecret",
				"postgres.bundled.existingAdminSecret");
	}

	@ParameterizedTest(name = "{0}")
	@FieldSource("VALUE_SETS")
	void finding22ShouldDrainBeforeStoppingAndLetShutdownFinish(String valueSet) throws Exception {
		RenderedChart rendered = RenderedChart.of(valueSet);
		for (String service : RenderedChart.SERVICES) {
			Map<String, Object> pod = Yamls.map(rendered.get("Deployment", service), "spec.template.spec");
			Map<String, Object> container = Yamls.maps(pod, "containers").get(0);
			Object sleep = Yamls.at(container, "lifecycle.preStop.sleep.seconds");
			Duration phase = IstioSemantics.parse(Yamls.str(yaml(service + "/src/main/resources/application.yml"),
					"spring.lifecycle.timeout-per-shutdown-phase"));

			assertThat(sleep).as("%s %s preStop", valueSet, service).isInstanceOf(Integer.class);
			// web server, kit consumers and outbox relay each take up to one phase
			assertThat(((Number) pod.get("terminationGracePeriodSeconds")).longValue())
				.as("%s %s grace", valueSet, service)
				.isGreaterThanOrEqualTo((Integer) sleep + 3 * phase.toSeconds());
		}
	}

	static String kafkaProperties(RenderedChart chart) {
		return String.valueOf(Yamls.map(chart.get("ConfigMap", "foodmesh-kafka"), "data").get("server.properties"));
	}

	static String kafkaChecksum(RenderedChart chart) {
		return Yamls.str(chart.get("StatefulSet", "foodmesh-kafka"),
				"spec.template.metadata.annotations.checksum/config");
	}

	static String read(String file) throws java.io.IOException {
		return Files.readString(ChartTools.REPO.resolve(file));
	}

	static Map<String, Object> yaml(String file) throws java.io.IOException {
		return new Yaml().load(read(file));
	}

}
