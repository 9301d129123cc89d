/**
 * Read model of what is registered (tables rm_actor, rm_topic, rm_instrument, rm_source):
 * lists for users, existence checks (404s) and source details for citations.
 */
package org.policyledger.read.catalog;
