package dev.foodmesh.order;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import dev.foodmesh.testsupport.architecture.ServiceAnatomy;

/**
 * The service anatomy of docs/conventions.md, with {@code lookup} (the HTTP clients of
 * user- and restaurant-service) as a further adapter.
 */
@AnalyzeClasses(packages = "dev.foodmesh.order", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule followsTheServiceAnatomy = ServiceAnatomy.of("dev.foodmesh.order", "lookup").rules();

}
