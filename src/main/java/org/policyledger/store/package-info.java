/**
 * Persistence settings of the event store that are not Axon's defaults: the PostgreSQL
 * dialect that keeps payloads and tokens in {@code bytea}.
 */
package org.policyledger.store;
