/**
 * The ledger's messages: typed ids, value objects, commands and events. Everything a
 * client, the write side and the read side share, and nothing else.
 */
package org.policyledger.api;
