package org.iecmhc.lms.identity;

/** A link that can no longer choose a password (used, expired or never issued); nothing was changed. */
public class LinkRefused extends RuntimeException {

    private final LinkCheck.Status status;

    LinkRefused(LinkCheck.Status status) {
        super("The link cannot be used: " + status);
        this.status = status;
    }

    public LinkCheck.Status status() {
        return status;
    }
}
