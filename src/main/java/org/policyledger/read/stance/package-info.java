/**
 * Stance queries over the facts read model: an actor's stance on a topic as of a day and
 * as known at an instant, all of an actor's stances, every actor's stance on a topic, and
 * comparisons. The time model is explained in docs/queries.md.
 */
package org.policyledger.read.stance;
