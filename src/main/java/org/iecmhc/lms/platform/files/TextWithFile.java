package org.iecmhc.lms.platform.files;

import java.io.Serializable;

import jakarta.servlet.http.Part;

/**
 * A text with an optional attached file while it is being typed: a submission, a forum thread or reply. The text
 * stays when the file is refused; the file is never kept with the view, since a part lives only for its request.
 */
public class TextWithFile implements Serializable {

    private String body;
    private transient Part file;

    /** The attached file as the store reads it, or null when none was chosen. */
    public PartUpload upload() {
        return PartUpload.of(file);
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
