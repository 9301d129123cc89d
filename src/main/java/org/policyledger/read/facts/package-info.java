/**
 * Read model of facts (tables rm_fact, rm_fact_version, rm_citation): each governance
 * fact as it was known over recording time, one version per correction or retraction,
 * with its citations. Queries: a fact's provenance, an actor's timeline, the facts citing
 * a source, the facts resting on one source. The stance and instrument read models query
 * these tables through {@link org.policyledger.read.facts.FactViews}.
 */
package org.policyledger.read.facts;
