package org.iecmhc.lms.offering;

/** What a link mailed to a registrant does; each is signed for its purpose, so one cannot be turned into another. */
enum LinkPurpose {
    CONFIRM("/offerings/confirm.xhtml"), CANCEL("/offerings/cancel.xhtml"), CALENDAR("/offerings/invitation.ics");

    private final String page;

    LinkPurpose(String page) {
        this.page = page;
    }

    String page() {
        return page;
    }
}
