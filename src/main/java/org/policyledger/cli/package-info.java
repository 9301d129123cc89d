/**
 * The command line (picocli), in the same jar as the service: import, export, replay,
 * stance, history and verify, each running the ledger in-process on its data directory.
 */
package org.policyledger.cli;
