package org.iecmhc.lms.completion;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.text.PdfText;

/** A certificate as a one-page landscape PDF in its trainee's language, with its code and where to verify it. */
final class CertificatePdf {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float MARGIN = 72;

    private CertificatePdf() {
    }

    static byte[] render(CertificateDocument certificate, String verifyUrl) {
        Locale locale = certificate.language().locale();
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDRectangle landscape = new PDRectangle(PDRectangle.LETTER.getHeight(), PDRectangle.LETTER.getWidth());
            PDPage page = new PDPage(landscape);
            pdf.addPage(page);
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(Messages.text(locale, "certificate.pdf.title") + " - " + certificate.traineeName());
            pdf.setDocumentInformation(info);
            try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
                Lines lines = new Lines(text, landscape.getWidth(), landscape.getHeight() - MARGIN - 20);
                lines.centered(BOLD, 28, Messages.text(locale, "certificate.pdf.title"), 50);
                lines.centered(REGULAR, 14, Messages.text(locale, "certificate.pdf.certifies"), 34);
                lines.centered(BOLD, 24, certificate.traineeName(), 34);
                lines.centered(REGULAR, 14, Messages.text(locale, "certificate.pdf.completed"), 22);
                lines.centered(REGULAR, 14, Messages.text(locale, "certificate.pdf.cohort", certificate.cohortName(),
                        date.format(certificate.cohortStart()), date.format(certificate.cohortEnd())), 22);
                lines.centered(REGULAR, 14, Messages.text(locale, "certificate.pdf.completedOn",
                        certificate.completedOn() == null ? "" : date.format(certificate.completedOn())), 40);
                lines.left(REGULAR, 12, Messages.text(locale, "certificate.pdf.supervision",
                        Figure.plain(certificate.supervisionHours())), 18);
                lines.left(REGULAR, 12, Messages.text(locale, "certificate.pdf.practicum",
                        Figure.plain(certificate.practicumHours())), 18);
                lines.left(REGULAR, 12, Messages.text(locale, "certificate.pdf.cop", String.valueOf(certificate.copMeetings())), 18);
                lines.left(REGULAR, 12, Messages.text(locale, "certificate.pdf.courses", String.valueOf(certificate.coursesPassed())), 36);
                lines.left(BOLD, 12, Messages.text(locale, "certificate.pdf.code", certificate.code()), 18);
                lines.left(REGULAR, 12, Messages.text(locale, "certificate.pdf.verify", verifyUrl), 18);
            }
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text lines from the top of the page down. */
    private static final class Lines {
        private final PDPageContentStream stream;
        private final float width;
        private float y;

        Lines(PDPageContentStream stream, float width, float top) {
            this.stream = stream;
            this.width = width;
            this.y = top;
        }

        void centered(PDType1Font font, float size, String text, float advance) throws IOException {
            String printable = PdfText.printable(font, text);
            float textWidth = font.getStringWidth(printable) / 1000 * size;
            show(font, size, printable, Math.max(MARGIN, (width - textWidth) / 2), advance);
        }

        void left(PDType1Font font, float size, String text, float advance) throws IOException {
            show(font, size, PdfText.printable(font, text), MARGIN + 60, advance);
        }

        private void show(PDType1Font font, float size, String text, float x, float advance) throws IOException {
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, y);
            stream.showText(text);
            stream.endText();
            y -= advance;
        }
    }
}
