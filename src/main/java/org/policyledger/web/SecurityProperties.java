package org.policyledger.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ledger.security.editor-token}: the bearer token that may write. When it is empty
 * and {@code dev-token} is on (the default profile), a random token is made and printed.
 */
@ConfigurationProperties("ledger.security")
record SecurityProperties(String editorToken, boolean devToken) {

}
