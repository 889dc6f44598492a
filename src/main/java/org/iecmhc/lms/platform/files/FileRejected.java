package org.iecmhc.lms.platform.files;

/** An upload that is refused (too large, a forbidden type, or content that does not match its name). */
public class FileRejected extends RuntimeException {

    private final String messageKey;

    public FileRejected(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
