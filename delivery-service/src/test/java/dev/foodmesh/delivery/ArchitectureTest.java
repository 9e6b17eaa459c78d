package dev.foodmesh.delivery;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering of STYLE §2: a plain domain, a Spring-free application, adapters that
 * never see each other.
 */
@AnalyzeClasses(packages = "dev.foodmesh.delivery", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule domainIsPlainJava = noClasses().that()
		.resideInAPackage("..delivery.domain..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "reactor..", "io.r2dbc..", "org.apache.kafka..", "tools.jackson..",
				"com.fasterxml.jackson..", "dev.foodmesh.events..", "dev.foodmesh.messaging..", "dev.foodmesh.web..",
				"..delivery.application..");

	@ArchTest
	static final ArchRule applicationUsesReactorButNoFramework = noClasses().that()
		.resideInAPackage("..delivery.application..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "io.r2dbc..", "org.apache.kafka..", "tools.jackson..",
				"com.fasterxml.jackson..", "dev.foodmesh.events..", "dev.foodmesh.messaging..", "dev.foodmesh.web..");

	@ArchTest
	static final ArchRule adaptersNeverUseEachOther = slices()
		.matching("dev.foodmesh.delivery.(api|persistence|messaging|metrics|scheduling)..")
		.should()
		.notDependOnEachOther();

	@ArchTest
	static final ArchRule onlyTheAdaptersAndWiringSeeTheAdapters = noClasses().that()
		.resideInAnyPackage("..delivery.domain..", "..delivery.application..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..delivery.api..", "..delivery.persistence..", "..delivery.messaging..",
				"..delivery.metrics..", "..delivery.scheduling..", "..delivery.config..");

	@ArchTest
	static final ArchRule onlyMessagingTouchesKafkaEvents = noClasses().that()
		.resideInAnyPackage("..delivery.api..", "..delivery.persistence..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("dev.foodmesh.events..", "dev.foodmesh.messaging..", "org.apache.kafka..");

}
