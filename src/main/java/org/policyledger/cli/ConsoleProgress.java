package org.policyledger.cli;

import java.io.PrintStream;
import java.time.Duration;

import org.policyledger.interchange.ProgressListener;

/**
 * Shows progress on the error stream: a bar redrawn in place on a terminal (count,
 * percentage, rate, ETA), plain lines every few seconds otherwise, so that logs stay
 * readable.
 */
final class ConsoleProgress implements ProgressListener {

	private static final long TERMINAL_EVERY = Duration.ofMillis(250).toNanos();

	private static final long PLAIN_EVERY = Duration.ofSeconds(5).toNanos();

	private static final int WIDTH = 30;

	private final String verb;

	private final PrintStream out;

	private final boolean terminal;

	private final long started = System.nanoTime();

	private long shown;

	ConsoleProgress(String verb, PrintStream out, boolean terminal) {
		this.verb = verb;
		this.out = out;
		this.terminal = terminal;
	}

	static ConsoleProgress onConsole(String verb, boolean quiet) {
		return new ConsoleProgress(verb, quiet ? new PrintStream(PrintStream.nullOutputStream()) : System.err,
				System.console() != null);
	}

	@Override
	public void progress(long done, double fraction) {
		long now = System.nanoTime();
		boolean last = fraction >= 1;
		if (!last && now - shown < (terminal ? TERMINAL_EVERY : PLAIN_EVERY)) {
			return;
		}
		shown = now;
		double seconds = Math.max((now - started) / 1e9, 1e-9);
		long rate = Math.round(done / seconds);
		String eta = fraction > 0 && !last ? ", ETA " + clock((long) (seconds * (1 - fraction) / fraction)) : "";
		String percent = fraction >= 0 ? String.format(" %3d%%", Math.round(fraction * 100)) : "";
		String line = String.format("%s %,d entries%s, %,d/s, %s elapsed%s", verb, done, percent, rate,
				clock((long) seconds), eta);
		if (terminal) {
			out.print("\r" + bar(fraction) + line + "   ");
			if (last) {
				out.println();
			}
		}
		else {
			out.println(line);
		}
		out.flush();
	}

	private static String bar(double fraction) {
		if (fraction < 0) {
			return "";
		}
		int filled = (int) Math.round(Math.min(fraction, 1) * WIDTH);
		return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] ";
	}

	static String clock(long seconds) {
		return String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
	}

}
