/**
 * Read model slice for voting records: an actor's recorded votes counted per year, from
 * the fact versions of the facts read model.
 */
package org.policyledger.read.votes;
