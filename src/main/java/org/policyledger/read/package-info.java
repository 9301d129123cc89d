/**
 * The read side: projections of the event stream into tables (one package per read
 * model), the query handlers over them, and the maintenance of the processor that feeds
 * them ({@link org.policyledger.read.ReadModelMaintenance}).
 */
package org.policyledger.read;
