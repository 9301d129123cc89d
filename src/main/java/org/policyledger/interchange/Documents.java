package org.policyledger.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.policyledger.api.ArchiveSource;
import org.policyledger.api.SourceId;

/**
 * Source documents as the text the ledger archives: plain text as it is, HTML's visible
 * text (jsoup) with its paragraphs, a PDF's text (Apache PDFBox). Text types are decoded
 * strictly in their declared charset (UTF-8 when none is declared).
 */
public final class Documents {

	/** The media types a document may have. */
	public static final List<String> MEDIA_TYPES = List.of("text/plain", "text/html", "application/xhtml+xml",
			"application/pdf");

	/**
	 * Characters a document's markup or layout leaves that are not text: controls and
	 * invisible marks.
	 */
	private static final String NOT_TEXT = "[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\u061C\\u200B\\u200E\\u200F"
			+ "\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF]";

	private Documents() {
	}

	/**
	 * The command archiving a document: {@code contentType} is its media type, with an
	 * optional charset parameter ({@code text/html; charset=windows-1252}).
	 */
	public static ArchiveSource archive(SourceId source, byte[] content, String contentType, String url,
			Instant retrievedAt) {
		String[] parts = contentType == null ? new String[] { "" } : contentType.split(";");
		String mediaType = parts[0].strip().toLowerCase(Locale.ROOT);
		Charset charset = charset(parts);
		return new ArchiveSource(source, mediaType, url, retrievedAt, text(content, mediaType, charset));
	}

	/**
	 * Reads at most {@code maxBytes} of a document; larger ones are refused, before any
	 * byte is read when the declared size (-1 when unknown) says so.
	 */
	public static byte[] read(InputStream in, long declaredBytes, long maxBytes) throws IOException {
		if (declaredBytes > maxBytes) {
			throw new UploadTooLargeException(maxBytes, UploadTooLargeException.ARCHIVE_SETTING);
		}
		byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
		if (content.length > maxBytes) {
			throw new UploadTooLargeException(maxBytes, UploadTooLargeException.ARCHIVE_SETTING);
		}
		return content;
	}

	private static String text(byte[] content, String mediaType, Charset charset) {
		return switch (mediaType) {
			case "text/plain" -> stripByteOrderMark(decode(content, charset));
			case "text/html", "application/xhtml+xml" -> clean(html(decode(content, charset)));
			case "application/pdf" -> clean(pdf(content));
			default -> throw new UnreadableDocumentException("cannot archive a document of type '" + mediaType
					+ "'; send one of " + String.join(", ", MEDIA_TYPES), true);
		};
	}

	private static Charset charset(String[] parameters) {
		for (int i = 1; i < parameters.length; i++) {
			String[] pair = parameters[i].strip().split("=", 2);
			if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
				String name = pair[1].strip().replace("\"", "");
				try {
					return Charset.forName(name);
				}
				catch (IllegalCharsetNameException | UnsupportedCharsetException ex) {
					throw new UnreadableDocumentException("unknown charset '" + name + "'", true);
				}
			}
		}
		return StandardCharsets.UTF_8;
	}

	/** The bytes as text in the charset, refusing any byte sequence not valid in it. */
	private static String decode(byte[] content, Charset charset) {
		try {
			return charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new UnreadableDocumentException("the document is not valid " + charset.name()
					+ "; declare its charset (e.g. text/plain; charset=windows-1252)", false);
		}
	}

	/** The visible text of an HTML page, a line per paragraph, heading or list item. */
	private static String html(String html) {
		Document page = Jsoup.parse(html);
		page.select("script, style, noscript, template, head").remove();
		page.select("br").after("\n");
		page.select("p, div, li, h1, h2, h3, h4, h5, h6, tr, blockquote, pre, section, article, header, footer")
			.after("\n");
		return page.body() == null ? "" : page.body().wholeText();
	}

	private static String pdf(byte[] content) {
		try (PDDocument pdf = Loader.loadPDF(content)) {
			return new PDFTextStripper().getText(pdf);
		}
		catch (IOException ex) {
			throw new UnreadableDocumentException("the document is not a readable PDF: " + ex.getMessage(), false);
		}
	}

	/** Text without the marks layout leaves, with a blank line at most between lines. */
	private static String clean(String text) {
		return text.replaceAll(NOT_TEXT, "")
			.replaceAll("[ \\t\\u00A0]+", " ")
			.replaceAll(" *\\r?\\n *", "\n")
			.replaceAll("\\n{3,}", "\n\n")
			.strip();
	}

	private static String stripByteOrderMark(String text) {
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

}
