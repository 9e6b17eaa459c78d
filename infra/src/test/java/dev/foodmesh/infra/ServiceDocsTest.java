package dev.foodmesh.infra;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceDocsTest {

	@Test
	void shouldNameTheFirstLineWhereTheServedDocumentDiffers() {
		assertThat(
				ServiceDocs.firstDifference("{\n  \"a\" : 1,\n  \"b\" : 2\n}\n", "{\n  \"a\" : 1,\n  \"b\" : 3\n}\n"))
			.isEqualTo("first difference at line 3: committed '\"b\" : 2', served '\"b\" : 3'");
	}

	@Test
	void shouldSayWhenOneDocumentEndsFirst() {
		assertThat(ServiceDocs.firstDifference("", "{\n}\n"))
			.isEqualTo("first difference at line 1: committed (end of document), served '{'");
	}

}
