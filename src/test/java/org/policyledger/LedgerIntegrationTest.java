package org.policyledger;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AliasFor;

/**
 * A test of the whole service on its own H2 file database, with the seed loaded and a
 * known editor token. Test classes with this annotation share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = { "ledger.data-dir=./target/test-data/${random.uuid}",
		"ledger.security.tokens[0].name=test-editor", "ledger.security.tokens[0].role=EDITOR",
		"ledger.security.tokens[0].sha256=" + LedgerIntegrationTest.EDITOR_TOKEN_SHA256,
		"ledger.security.tokens[1].name=test-admin", "ledger.security.tokens[1].role=ADMIN",
		"ledger.security.tokens[1].sha256=" + LedgerIntegrationTest.ADMIN_TOKEN_SHA256 })
@AutoConfigureMockMvc
public @interface LedgerIntegrationTest {

	/** A real server on a random port for tests that need one (a browser). */
	@AliasFor(annotation = SpringBootTest.class)
	SpringBootTest.WebEnvironment webEnvironment() default SpringBootTest.WebEnvironment.MOCK;

	String EDITOR_TOKEN = "test-editor-token";

	String EDITOR_TOKEN_SHA256 = "d2f693d29061c5e22e1776e7c8b4f2f8c5453cee346d087db1c19522bf56c829";

	String ADMIN_TOKEN = "test-admin-token";

	String ADMIN_TOKEN_SHA256 = "17d6bfe05d1b1fb7bc499f8e3f639c7b3eda4c40f321eef8887a0c04c89a99c5";

}
