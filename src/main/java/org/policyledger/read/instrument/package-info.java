/**
 * Instrument status over the facts read model: who had signed, declined, joined or voted
 * on an instrument as of a day, as known at an instant.
 */
package org.policyledger.read.instrument;
