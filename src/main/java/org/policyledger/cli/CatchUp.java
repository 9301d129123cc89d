package org.policyledger.cli;

import org.policyledger.read.ReadModelMaintenance;

/**
 * Waits for the read model to process every event in the store, showing how far it is.
 */
final class CatchUp {

	private static final long POLL_MILLIS = 200;

	private CatchUp() {
	}

	static void await(ReadModelMaintenance readModel, ConsoleProgress progress) {
		long head = readModel.head();
		while (!readModel.isCaughtUp()) {
			long position = Math.max(readModel.position(), 0);
			progress.progress(position, head > 0 ? Math.min(0.999, (double) position / head) : -1);
			try {
				Thread.sleep(POLL_MILLIS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted while the read model caught up", ex);
			}
		}
		progress.progress(Math.max(head + 1, 0), 1);
	}

}
