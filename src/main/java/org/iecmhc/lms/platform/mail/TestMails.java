package org.iecmhc.lms.platform.mail;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.iecmhc.lms.platform.i18n.Language;

/** A test mail an administrator sends to their own address to check that the relay settings work. */
@ApplicationScoped
public class TestMails {

    private Outbox outbox;
    private PublicLinks links;

    protected TestMails() {
    }

    @Inject
    public TestMails(Outbox outbox, PublicLinks links) {
        this.outbox = outbox;
        this.links = links;
    }

    @Transactional
    public void queue(String administrator, Language language) {
        outbox.queue(new Letter(administrator, language, "outbox.test.subject", "outbox.test.body",
                List.of(administrator), links.to("/mail/outbox.xhtml"), "outbox.test.reason"));
    }
}
