package org.iecmhc.lms.platform.text;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.font.PDFont;

/** Text for a PDF drawn in one of the standard fonts, which a character outside the font would make fail whole. */
public final class PdfText {

    private PdfText() {
    }

    /** The standard fonts cover Western European text; any other character (rare in a name) prints as '?'. */
    public static String printable(PDFont font, String text) {
        StringBuilder printable = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            String character = new String(Character.toChars(c));
            try {
                font.encode(character);
                printable.append(character);
            } catch (IOException | IllegalArgumentException notInFont) {
                printable.append('?');
            }
        });
        return printable.toString();
    }
}
