package org.iecmhc.lms.testsupport;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.iecmhc.lms.platform.files.FileStore;

/** Files as a browser would upload them, for services that take {@link FileStore.Upload}s. */
public final class Uploads {

    private Uploads() {
    }

    public static FileStore.Upload upload(String name, byte[] content) {
        return new FileStore.Upload() {
            @Override
            public String fileName() {
                return name;
            }

            @Override
            public long size() {
                return content.length;
            }

            @Override
            public InputStream open() {
                return new ByteArrayInputStream(content);
            }
        };
    }

    /** The smallest thing that passes for a PDF: its magic bytes and one object. */
    public static FileStore.Upload pdf(String name) {
        return upload(name, "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.US_ASCII));
    }
}
