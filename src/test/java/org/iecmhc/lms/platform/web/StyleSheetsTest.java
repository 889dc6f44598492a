package org.iecmhc.lms.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The style sheets are whole: every block closed and no merge left half done. An unclosed block makes the browser
 * read every rule after it as part of it, which no page test notices until a page looks unstyled.
 */
class StyleSheetsTest {

    @Test
    void everyBlockOfEveryStyleSheetIsClosed() throws IOException {
        List<Path> sheets;
        try (Stream<Path> files = Files.list(Path.of("src/main/webapp/resources/css"))) {
            sheets = files.filter(file -> file.toString().endsWith(".css")).toList();
        }
        assertFalse(sheets.isEmpty());
        for (Path sheet : sheets) {
            String css = Files.readString(sheet).replaceAll("(?s)/\\*.*?\\*/", "");
            int depth = 0;
            for (char c : css.toCharArray()) {
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                assertFalse(depth < 0, sheet + " closes a block it never opened");
            }
            assertEquals(0, depth, sheet + " leaves a block open");
            assertFalse(css.contains("<<<<<<<") || css.contains(">>>>>>>"), sheet + " holds a merge conflict");
        }
    }
}
