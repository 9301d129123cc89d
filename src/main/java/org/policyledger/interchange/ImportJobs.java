package org.policyledger.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import org.policyledger.api.Recorder;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.AlternativeJdkIdGenerator;
import org.springframework.util.IdGenerator;
import org.springframework.util.unit.DataSize;

/**
 * Imports sent to the running service. Each upload is written to a file under the data
 * directory's {@code imports} folder first, then imported by {@link Importer}, with the
 * same checks, batches and report as the command line's import, one job at a time in the
 * order sent; the file is deleted when its job ends. Jobs are kept in memory until the
 * service stops: an import cut short by a stop is resumed by sending the file again.
 */
@Component
public class ImportJobs {

	/** The most finished jobs kept for their reports. */
	private static final int KEPT = 100;

	private final Importer importer;

	private final Path directory;

	private final long maxBytes;

	private final Clock clock;

	/** Names jobs and their uploads. */
	private final IdGenerator ids = new AlternativeJdkIdGenerator();

	private final ThreadPoolExecutor worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
			new LinkedBlockingQueue<>(), task -> {
				Thread thread = new Thread(task, "import-jobs");
				thread.setDaemon(true);
				return thread;
			});

	private final Map<String, ImportJob> jobs = Collections.synchronizedMap(new LinkedHashMap<>());

	ImportJobs(Importer importer, @Value("${ledger.data-dir}") Path dataDir,
			@Value("${ledger.web.max-import-size}") DataSize maxSize, Clock clock) {
		this.importer = importer;
		this.directory = dataDir.resolve("imports");
		this.maxBytes = maxSize.toBytes();
		this.clock = clock;
	}

	/**
	 * Keeps an upload of {@code declaredBytes} (negative when not declared) and queues
	 * its import; {@code gzipped} when the body is compressed.
	 * @throws UploadTooLargeException when the upload is declared or turns out to be over
	 * {@code ledger.web.max-import-size} (nothing is kept)
	 */
	public ImportJob submit(InputStream upload, long declaredBytes, FileFormat format, boolean gzipped, boolean skipBad,
			Recorder recorder) throws IOException {
		format.requireImportable();
		if (declaredBytes > maxBytes) {
			throw new UploadTooLargeException(maxBytes, UploadTooLargeException.IMPORT_SETTING);
		}
		String id = ids.generateId().toString();
		Files.createDirectories(directory);
		Path file = directory.resolve(id + "." + format.name().toLowerCase(Locale.ROOT) + (gzipped ? ".gz" : ""));
		long bytes = keep(upload, file);
		ImportJob job = new ImportJob(id, ImportJob.State.QUEUED, format, skipBad, bytes, recorder.name(),
				clock.instant(), null, null, 0, 0, -1, 0, null, null);
		update(job);
		worker.execute(() -> run(job, file, importer.options(skipBad, recorder)));
		return job;
	}

	private long keep(InputStream upload, Path file) throws IOException {
		long bytes = 0;
		byte[] buffer = new byte[1 << 16];
		try (OutputStream out = Files.newOutputStream(file)) {
			for (int read; (read = upload.read(buffer)) >= 0;) {
				bytes += read;
				if (bytes > maxBytes) {
					throw new UploadTooLargeException(maxBytes, UploadTooLargeException.IMPORT_SETTING);
				}
				out.write(buffer, 0, read);
			}
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(file);
			throw ex;
		}
		return bytes;
	}

	private void run(ImportJob queued, Path file, ImportOptions options) {
		Instant started = clock.instant();
		ImportJob running = with(queued, ImportJob.State.RUNNING, started, null, 0, 0, -1, null, null);
		update(running);
		ProgressListener progress = new ProgressListener() {
			@Override
			public void progress(long done, double fraction) {
				progress(done, 0, fraction);
			}

			@Override
			public void progress(long done, long refused, double fraction) {
				update(with(running, ImportJob.State.RUNNING, started, null, done, refused, fraction, null, null));
			}
		};
		try {
			ImportReport report = importer.importFile(file, queued.format(), options, progress);
			update(with(running, report.stopped() ? ImportJob.State.REFUSED : ImportJob.State.DONE, started,
					clock.instant(), report.recorded() + report.alreadyRecorded() + report.rejectedCount(),
					report.rejectedCount(), 1, report, null));
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException ex) {
			ImportJob last = job(running.id()).orElse(running);
			update(with(running, ImportJob.State.FAILED, started, clock.instant(), last.done(), last.refused(),
					last.fraction(), null, ex.getMessage()));
		}
		finally {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				// the next job's upload has another name; a leftover file is only space
			}
		}
	}

	private ImportJob with(ImportJob job, ImportJob.State state, Instant started, Instant finished, long done,
			long refused, double fraction, ImportReport report, String error) {
		double seconds = Duration.between(started, finished != null ? finished : clock.instant()).toNanos() / 1e9;
		return new ImportJob(job.id(), state, job.format(), job.skipBad(), job.bytes(), job.recordedBy(),
				job.submittedAt(), started, finished, done, refused, fraction, seconds > 0 ? done / seconds : 0, report,
				error);
	}

	private void update(ImportJob job) {
		synchronized (jobs) {
			jobs.put(job.id(), job);
			List<String> ended = jobs.values().stream().filter(j -> j.state().ended()).map(ImportJob::id).toList();
			ended.stream().limit(Math.max(0, ended.size() - KEPT)).forEach(jobs::remove);
		}
	}

	/** A job, as far as it has come. */
	public Optional<ImportJob> job(String id) {
		return Optional.ofNullable(jobs.get(id));
	}

	/** Every job kept, oldest first. */
	public List<ImportJob> jobs() {
		synchronized (jobs) {
			return new ArrayList<>(jobs.values());
		}
	}

	/**
	 * Drops the queued jobs and takes no new ones. The running one is not interrupted: H2
	 * closes its file when a thread is interrupted in the middle of its IO. Its batch in
	 * flight fails when the database closes and rolls back; sending the file again
	 * resumes.
	 */
	@PreDestroy
	void stop() {
		worker.getQueue().clear();
		worker.shutdown();
	}

}
