package org.policyledger.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.policyledger.api.ArchiveSource;
import org.policyledger.api.SourceId;

class DocumentsTest {

	private static final SourceId SOURCE = SourceId.of("un-security-council-2025-09-24");

	private static final Instant RETRIEVED = Instant.parse("2025-09-25T08:00:00Z");

	@Test
	void archivesThePdfsText() throws IOException {
		ArchiveSource archive = Documents.archive(SOURCE, pdf("We totally reject all efforts."), "application/pdf",
				"https://example.org/record.pdf", RETRIEVED);

		assertThat(archive.mediaType()).isEqualTo("application/pdf");
		assertThat(archive.text()).contains("We totally reject all efforts.");
	}

	@Test
	void refusesAnUnreadablePdf() {
		byte[] notAPdf = "%PDF-1.7 and then nothing".getBytes(StandardCharsets.US_ASCII);

		assertThatThrownBy(() -> Documents.archive(SOURCE, notAPdf, "application/pdf", null, RETRIEVED))
			.isInstanceOf(UnreadableDocumentException.class)
			.hasMessageStartingWith("the document is not a readable PDF");
	}

	private static byte[] pdf(String line) throws IOException {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(72, 700);
				content.showText(line);
				content.endText();
			}
			document.save(out);
			return out.toByteArray();
		}
	}

}
