package dev.foodmesh.delivery;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import dev.foodmesh.testsupport.architecture.ServiceAnatomy;

/** The service anatomy of docs/conventions.md, with no further adapter. */
@AnalyzeClasses(packages = "dev.foodmesh.delivery", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule followsTheServiceAnatomy = ServiceAnatomy.of("dev.foodmesh.delivery").rules();

}
