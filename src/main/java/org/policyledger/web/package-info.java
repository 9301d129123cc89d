/**
 * The HTTP surface: REST controllers, RFC 9457 problem responses, the request size limit
 * and the editor-token security. Controllers only translate; the ledger decides.
 */
package org.policyledger.web;
