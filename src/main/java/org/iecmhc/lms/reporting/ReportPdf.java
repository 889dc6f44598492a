package org.iecmhc.lms.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.iecmhc.lms.platform.text.PdfText;

/**
 * A report table on landscape letter pages. Every column is as wide as its longest text when the page allows it;
 * when it does not, the widest columns are narrowed and their text wraps onto more lines. Nothing is ever cut, because
 * a figure whose name ends in "…" cannot be told from its neighbours. The header row repeats on every page.
 */
final class ReportPdf {

    private static final float MARGIN = 40;
    private static final float TITLE_SIZE = 14;
    private static final float TEXT_SIZE = 9;
    private static final float LINE = 11;
    private static final float ROW_GAP = 4;
    private static final float CELL_PADDING = 6;
    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.LETTER.getHeight(), PDRectangle.LETTER.getWidth());

    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final float usable = PAGE.getWidth() - 2 * MARGIN;

    private ReportPdf() {
    }

    static byte[] write(ReportTable table) {
        return new ReportPdf().document(table);
    }

    private byte[] document(ReportTable table) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            float[] widths = columnWidths(table);
            List<List<String>> header = wrapped(bold, table.headers(), widths);
            List<String> title = wrap(bold, TITLE_SIZE, printable(bold, table.title()), usable);
            int next = 0;
            boolean first = true;
            do {
                PDPage page = new PDPage(PAGE);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    float y = PAGE.getHeight() - MARGIN;
                    if (first) {
                        for (String line : title) {
                            show(content, bold, TITLE_SIZE, MARGIN, y, line);
                            y -= TITLE_SIZE + 4;
                        }
                        y -= LINE;
                        first = false;
                    }
                    y = row(content, bold, header, widths, y);
                    boolean any = false;
                    while (next < table.rows().size()) {
                        List<List<String>> cells = wrapped(regular, table.rows().get(next), widths);
                        // A row taller than what is left goes to the next page, unless the page has no row yet.
                        if (any && y - height(cells) < MARGIN) {
                            break;
                        }
                        y = row(content, regular, cells, widths, y);
                        next++;
                        any = true;
                    }
                }
            } while (next < table.rows().size());
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Natural widths plus an even share of what is left when they fit; otherwise the columns narrower than a fair share
     * keep their width and the wider ones split the rest equally.
     */
    private float[] columnWidths(ReportTable table) throws IOException {
        int columns = Math.max(1, table.headers().size());
        float[] natural = new float[columns];
        for (int i = 0; i < table.headers().size(); i++) {
            natural[i] = width(bold, table.headers().get(i));
            for (List<String> row : table.rows()) {
                if (i < row.size()) {
                    natural[i] = Math.max(natural[i], width(regular, row.get(i)));
                }
            }
            natural[i] += CELL_PADDING;
        }
        float total = 0;
        for (float width : natural) {
            total += width;
        }
        float[] widths = natural.clone();
        if (total <= usable) {
            float extra = (usable - total) / columns;
            for (int i = 0; i < columns; i++) {
                widths[i] += extra;
            }
            return widths;
        }
        boolean[] settled = new boolean[columns];
        float remaining = usable;
        int open = columns;
        boolean changed = true;
        while (changed && open > 0) {
            changed = false;
            float share = remaining / open;
            for (int i = 0; i < columns; i++) {
                if (!settled[i] && natural[i] <= share) {
                    settled[i] = true;
                    remaining -= natural[i];
                    open--;
                    changed = true;
                }
            }
        }
        for (int i = 0; i < columns; i++) {
            if (!settled[i]) {
                widths[i] = remaining / open;
            }
        }
        return widths;
    }

    private float row(PDPageContentStream content, PDFont font, List<List<String>> cells, float[] widths, float y)
            throws IOException {
        float x = MARGIN;
        for (int i = 0; i < cells.size() && i < widths.length; i++) {
            float lineY = y;
            for (String line : cells.get(i)) {
                show(content, font, TEXT_SIZE, x, lineY, line);
                lineY -= LINE;
            }
            x += widths[i];
        }
        return y - height(cells);
    }

    private static float height(List<List<String>> cells) {
        int lines = cells.stream().mapToInt(List::size).max().orElse(1);
        return Math.max(1, lines) * LINE + ROW_GAP;
    }

    private List<List<String>> wrapped(PDFont font, List<String> cells, float[] widths) throws IOException {
        List<List<String>> wrapped = new ArrayList<>();
        for (int i = 0; i < cells.size() && i < widths.length; i++) {
            wrapped.add(wrap(font, TEXT_SIZE, printable(font, cells.get(i)), widths[i] - CELL_PADDING));
        }
        return wrapped;
    }

    /** Word by word; a single word wider than the column is broken between characters. */
    static List<String> wrap(PDFont font, float fontSize, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(font, fontSize, candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(font, fontSize, rest) > width && rest.length() > 1) {
                int fits = 1;
                while (fits < rest.length() && width(font, fontSize, rest.substring(0, fits + 1)) <= width) {
                    fits++;
                }
                lines.add(rest.substring(0, fits));
                rest = rest.substring(fits);
            }
            line.append(rest);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static void show(PDPageContentStream content, PDFont font, float fontSize, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, fontSize);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    private float width(PDFont font, String text) throws IOException {
        return width(font, TEXT_SIZE, printable(font, text));
    }

    private static float width(PDFont font, float fontSize, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * fontSize;
    }

    /** Line breaks and tabs become spaces: lines are the layout's to break. */
    private static String printable(PDFont font, String text) {
        return PdfText.printable(font, text.strip().replaceAll("\\s+", " "));
    }
}
