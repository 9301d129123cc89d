/**
 * Tamper evidence: every stored event is hashed, the hashes are chained in the order the
 * events were stored and form a Merkle tree, whose root is the digest one can publish and
 * later prove a fact against. See docs/integrity.md.
 */
package org.policyledger.integrity;
