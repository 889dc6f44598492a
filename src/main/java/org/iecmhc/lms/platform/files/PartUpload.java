package org.iecmhc.lms.platform.files;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.Part;

/** A file from a form's file field, as the store reads it. */
public record PartUpload(Part part) implements FileStore.Upload {

    /** The part, or null when the field was left empty. */
    public static PartUpload of(Part part) {
        return part == null || part.getSize() == 0 || part.getSubmittedFileName() == null
                || part.getSubmittedFileName().isBlank() ? null : new PartUpload(part);
    }

    @Override
    public String fileName() {
        return part.getSubmittedFileName();
    }

    @Override
    public long size() {
        return part.getSize();
    }

    @Override
    public InputStream open() throws IOException {
        return part.getInputStream();
    }
}
