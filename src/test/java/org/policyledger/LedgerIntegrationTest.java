package org.policyledger;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A test of the whole service on its own H2 file database, with the seed loaded and a
 * known editor token. Test classes with this annotation share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = { "ledger.data-dir=./target/test-data/${random.uuid}",
		"ledger.security.editor-token=" + LedgerIntegrationTest.EDITOR_TOKEN })
@AutoConfigureMockMvc
public @interface LedgerIntegrationTest {

	String EDITOR_TOKEN = "test-editor-token";

}
