package org.iecmhc.lms.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.iecmhc.lms.platform.files.FileType;
import org.junit.jupiter.api.Test;

/** A file shown in a page is inline, framed by our pages only and runs nothing; any other download stays an attachment. */
class DownloadTest {

    private final RecordedResponse sent = new RecordedResponse();
    private final Map<String, String> headers = sent.headers;

    @Test
    void aShownPdfIsInlineForOurOwnFramesWithNoScriptAllowed() throws Exception {
        Download.show(sent.response(), "application/pdf", "plan de visita.pdf", 5, stream("%PDF-"));
        assertEquals("inline; filename*=UTF-8''plan%20de%20visita.pdf", headers.get("Content-Disposition"));
        assertEquals("SAMEORIGIN", headers.get("X-Frame-Options"));
        assertTrue(headers.get(SecurityHeaders.POLICY).contains("frame-ancestors 'self'"));
        assertFalse(headers.get(SecurityHeaders.POLICY).contains("script-src"), "default-src 'none' covers scripts");
        assertEquals("nosniff", headers.get("X-Content-Type-Options"));
        assertEquals("%PDF-", sent.body.toString(StandardCharsets.US_ASCII));
    }

    @Test
    void aDownloadIsStillAnAttachment() throws Exception {
        Download.send(sent.response(), "text/plain", "notas.txt", 3, stream("abc"));
        assertTrue(headers.get("Content-Disposition").startsWith("attachment;"));
    }

    @Test
    void onlyCheckedPdfsAndImagesMayBeShown() {
        assertTrue(FileType.byContentType("application/pdf").orElseThrow().showsInline());
        assertTrue(FileType.byContentType("image/jpeg").orElseThrow().showsInline());
        assertFalse(FileType.byContentType("text/plain").orElseThrow().showsInline());
        assertFalse(FileType.WORD.showsInline());
        assertTrue(FileType.byContentType("text/html").isEmpty());
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII));
    }
}
