package org.policyledger.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipException;

import org.junit.jupiter.api.Test;
import org.policyledger.integrity.Hashes;

class TracedInputStreamTest {

	private final byte[] bytes = new byte[1_000];

	{
		for (int i = 0; i < bytes.length; i++) {
			bytes[i] = (byte) (i * 31);
		}
	}

	@Test
	void countsAndDigestsEveryByteReadOrSkipped() throws IOException {
		try (TracedInputStream in = new TracedInputStream(new ByteArrayInputStream(bytes))) {
			for (int i = 0; i < 10; i++) {
				in.read();
			}
			in.read(new byte[300], 0, 300);
			assertThat(in.skip(200)).isEqualTo(200);
			in.readAllBytes();
			assertThat(in.count()).isEqualTo(bytes.length);
			assertThat(in.digestSoFar()).isEqualTo(Hashes.sha256(bytes));
		}
	}

	@Test
	void digestsWhatWasReadSoFarAndGoesOn() throws IOException {
		try (TracedInputStream in = new TracedInputStream(new ByteArrayInputStream(bytes))) {
			in.readNBytes(400);
			assertThat(in.digestSoFar()).isEqualTo(Hashes.sha256(Arrays.copyOf(bytes, 400)));
			in.readAllBytes();
			assertThat(in.digestSoFar()).isEqualTo(Hashes.sha256(bytes));
		}
	}

	@Test
	void refusesAndClosesAFileNamedGzThatIsNot() {
		boolean[] closed = { false };
		TracedInputStream in = new TracedInputStream(new ByteArrayInputStream(bytes) {
			@Override
			public void close() {
				closed[0] = true;
			}
		});
		assertThatThrownBy(() -> in.unpacked(Path.of("votes.csv.gz"))).isInstanceOf(ZipException.class);
		assertThat(closed[0]).isTrue();
	}

}
