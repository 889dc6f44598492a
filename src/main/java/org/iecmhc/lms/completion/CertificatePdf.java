package org.iecmhc.lms.completion;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
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

/**
 * A certificate worth framing: one landscape page in its trainee's language, within a double border with corner
 * ornaments drawn as vector shapes; the Network, the program, the trainee, the dates, the hours of each requirement,
 * the validity, the signatories, and the code with a QR code of the address that verifies it.
 */
final class CertificatePdf {

    private static final PDType1Font SERIF = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private static final PDType1Font SERIF_BOLD = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
    private static final PDType1Font SERIF_ITALIC = new PDType1Font(Standard14Fonts.FontName.TIMES_ITALIC);
    private static final PDType1Font SANS = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font SANS_BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    /** The Network's teal, and a warm gold for the ornaments. */
    private static final Color INK = new Color(0x0B, 0x4F, 0x5C);
    private static final Color GOLD = new Color(0xB0, 0x8D, 0x3C);
    private static final Color TEXT = new Color(0x22, 0x22, 0x22);
    private static final float OUTER = 22;
    private static final float INNER = 32;
    private static final float QR_SIZE = 84;

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
            float width = landscape.getWidth();
            float height = landscape.getHeight();
            try (PDPageContentStream stream = new PDPageContentStream(pdf, page)) {
                frame(stream, width, height);
                Writer text = new Writer(stream, width);
                text.centered(SANS_BOLD, 13, INK, Messages.text(locale, "certificate.pdf.network").toUpperCase(locale), 532);
                text.centered(SERIF_BOLD, 34, INK, Messages.text(locale, "certificate.pdf.title"), 490);
                divider(stream, width / 2, 474);
                text.centered(SERIF_ITALIC, 14, TEXT, Messages.text(locale, "certificate.pdf.certifies"), 446);
                text.centered(SERIF_BOLD, 30, TEXT, certificate.traineeName(), 410);
                text.centered(SERIF, 14, TEXT, Messages.text(locale, "certificate.pdf.completed"), 384);
                text.centered(SERIF_BOLD, 15, INK, Messages.text(locale, "certificate.pdf.program"), 364);
                text.centered(SERIF, 12, TEXT, Messages.text(locale, "certificate.pdf.cohort", certificate.cohortName(),
                        date.format(certificate.cohortStart()), date.format(certificate.cohortEnd())), 342);
                text.centered(SERIF, 12, TEXT, Messages.text(locale, "certificate.pdf.completedOn",
                        certificate.completedOn() == null ? "" : date.format(certificate.completedOn())), 326);
                requirements(text, locale, certificate, width);
                if (certificate.validUntil() != null) {
                    text.centered(SERIF_BOLD, 12, INK, Messages.text(locale, "certificate.pdf.validUntil",
                            date.format(certificate.validUntil())), 244);
                }
                signatures(stream, text, certificate.signatories(), width);
                text.at(SANS_BOLD, 9, TEXT, Messages.text(locale, "certificate.pdf.code", certificate.code()), INNER + 18, INNER + 30);
                text.at(SANS, 8, TEXT, Messages.text(locale, "certificate.pdf.verify", verifyUrl), INNER + 18, INNER + 18);
                QrCode.draw(stream, verifyUrl, width - INNER - 36 - QR_SIZE, INNER + 24, QR_SIZE);
            }
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The hours of each requirement, two to a line. */
    private static void requirements(Writer text, Locale locale, CertificateDocument certificate, float width)
            throws IOException {
        float left = width / 2 - 20;
        float right = width / 2 + 20;
        text.rightAligned(SERIF, 12, TEXT, Messages.text(locale, "certificate.pdf.supervision",
                Figure.plain(certificate.supervisionHours())), left, 298);
        text.at(SERIF, 12, TEXT, Messages.text(locale, "certificate.pdf.practicum",
                Figure.plain(certificate.practicumHours())), right, 298);
        text.rightAligned(SERIF, 12, TEXT, Messages.text(locale, "certificate.pdf.cop",
                String.valueOf(certificate.copMeetings())), left, 280);
        text.at(SERIF, 12, TEXT, Messages.text(locale, "certificate.pdf.courses",
                String.valueOf(certificate.coursesPassed())), right, 280);
        if (certificate.finalEvaluation()) {
            text.centered(SERIF, 12, TEXT, Messages.text(locale, "certificate.pdf.finalEvaluation"), 262);
        }
    }

    /** A line to sign on for each signatory, with the name and title under it, spread across the page. */
    private static void signatures(PDPageContentStream stream, Writer text, List<SignatoryLine> signatories, float width)
            throws IOException {
        if (signatories.isEmpty()) {
            return;
        }
        float left = INNER + 60;
        float right = width - INNER - QR_SIZE - 40;
        float column = (right - left) / signatories.size();
        for (int i = 0; i < signatories.size(); i++) {
            float middle = left + column * i + column / 2;
            float half = Math.min(95, column / 2 - 12);
            stream.setStrokingColor(TEXT);
            stream.setLineWidth(0.7f);
            stream.moveTo(middle - half, 160);
            stream.lineTo(middle + half, 160);
            stream.stroke();
            text.centeredAt(SERIF_BOLD, 12, TEXT, signatories.get(i).getName(), middle, 146);
            text.centeredAt(SERIF_ITALIC, 10, TEXT, signatories.get(i).getTitle(), middle, 132);
        }
    }

    /** A heavy outer rule, a fine inner one, and a gold diamond with a quarter arc at each corner. */
    private static void frame(PDPageContentStream stream, float width, float height) throws IOException {
        stream.setStrokingColor(INK);
        stream.setLineWidth(4);
        stream.addRect(OUTER, OUTER, width - 2 * OUTER, height - 2 * OUTER);
        stream.stroke();
        stream.setLineWidth(1);
        stream.addRect(INNER, INNER, width - 2 * INNER, height - 2 * INNER);
        stream.stroke();
        float[][] corners = {{INNER, INNER}, {width - INNER, INNER}, {INNER, height - INNER}, {width - INNER, height - INNER}};
        for (float[] corner : corners) {
            float dx = corner[0] < width / 2 ? 1 : -1;
            float dy = corner[1] < height / 2 ? 1 : -1;
            stream.setStrokingColor(GOLD);
            stream.setLineWidth(1.2f);
            arc(stream, corner[0], corner[1], 26, dx, dy);
            diamond(stream, corner[0] + dx * 12, corner[1] + dy * 12, 6);
        }
    }

    /** A quarter circle around the corner, toward the inside of the page (a cubic Bézier approximation). */
    private static void arc(PDPageContentStream stream, float x, float y, float radius, float dx, float dy)
            throws IOException {
        float k = 0.5523f * radius;
        stream.moveTo(x + dx * radius, y);
        stream.curveTo(x + dx * radius, y + dy * k, x + dx * k, y + dy * radius, x, y + dy * radius);
        stream.stroke();
    }

    private static void diamond(PDPageContentStream stream, float x, float y, float size) throws IOException {
        stream.setNonStrokingColor(GOLD);
        stream.moveTo(x, y + size);
        stream.lineTo(x + size, y);
        stream.lineTo(x, y - size);
        stream.lineTo(x - size, y);
        stream.closePath();
        stream.fill();
    }

    /** A gold rule under the title with a diamond at its middle. */
    private static void divider(PDPageContentStream stream, float middle, float y) throws IOException {
        stream.setStrokingColor(GOLD);
        stream.setLineWidth(1.2f);
        stream.moveTo(middle - 150, y);
        stream.lineTo(middle - 10, y);
        stream.moveTo(middle + 10, y);
        stream.lineTo(middle + 150, y);
        stream.stroke();
        diamond(stream, middle, y, 5);
    }

    /** Text placed on the page, in the standard fonts (a character they lack prints as '?'). */
    private static final class Writer {
        private final PDPageContentStream stream;
        private final float width;

        Writer(PDPageContentStream stream, float width) {
            this.stream = stream;
            this.width = width;
        }

        void centered(PDType1Font font, float size, Color color, String text, float y) throws IOException {
            centeredAt(font, size, color, text, width / 2, y);
        }

        void centeredAt(PDType1Font font, float size, Color color, String text, float middle, float y) throws IOException {
            String printable = PdfText.printable(font, text);
            at(font, size, color, printable, middle - widthOf(font, size, printable) / 2, y);
        }

        void rightAligned(PDType1Font font, float size, Color color, String text, float right, float y) throws IOException {
            String printable = PdfText.printable(font, text);
            at(font, size, color, printable, right - widthOf(font, size, printable), y);
        }

        void at(PDType1Font font, float size, Color color, String text, float x, float y) throws IOException {
            stream.beginText();
            stream.setNonStrokingColor(color);
            stream.setFont(font, size);
            stream.newLineAtOffset(x, y);
            stream.showText(PdfText.printable(font, text));
            stream.endText();
        }

        private static float widthOf(PDType1Font font, float size, String text) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }
    }
}
