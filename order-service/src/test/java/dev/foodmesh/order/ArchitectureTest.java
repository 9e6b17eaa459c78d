package dev.foodmesh.order;

import java.util.Arrays;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The layering of STYLE §2: a framework-free domain, Spring-free use cases, adapters that
 * never know each other.
 */
@AnalyzeClasses(packages = "dev.foodmesh.order", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	private static final String[] INFRASTRUCTURE = { "org.springframework..", "io.r2dbc..", "org.apache.kafka..",
			"tools.jackson..", "com.fasterxml.jackson..", "io.micrometer..", "dev.foodmesh.messaging..",
			"dev.foodmesh.web.." };

	@ArchTest
	static final ArchRule domainIsPlainJava = noClasses().that()
		.resideInAPackage("..order.domain..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(concat(INFRASTRUCTURE, "reactor..", "dev.foodmesh.events.."));

	@ArchTest
	static final ArchRule domainKnowsNoOuterLayer = noClasses().that()
		.resideInAPackage("..order.domain..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..order.application..", "..order.api..", "..order.persistence..", "..order.messaging..",
				"..order.lookup..", "..order.metrics..", "..order.config..");

	@ArchTest
	static final ArchRule useCasesUseReactorButNoFramework = noClasses().that()
		.resideInAPackage("..order.application..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(concat(INFRASTRUCTURE, "dev.foodmesh.events.."));

	@ArchTest
	static final ArchRule useCasesKnowNoAdapter = noClasses().that()
		.resideInAPackage("..order.application..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..order.api..", "..order.persistence..", "..order.messaging..", "..order.lookup..",
				"..order.metrics..", "..order.config..");

	@ArchTest
	static final ArchRule adaptersNeverKnowEachOther = SlicesRuleDefinition.slices()
		.matching("dev.foodmesh.order.(api|persistence|messaging|lookup|metrics)..")
		.should()
		.notDependOnEachOther();

	@ArchTest
	static final ArchRule onlyTheKitTouchesReactorKafka = noClasses().should()
		.dependOnClassesThat()
		.resideInAPackage("reactor.kafka..");

	private static String[] concat(String[] packages, String... more) {
		String[] all = Arrays.copyOf(packages, packages.length + more.length);
		System.arraycopy(more, 0, all, packages.length, more.length);
		return all;
	}

}
