package org.iecmhc.lms.mail;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.platform.i18n.LanguageSelection;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.mail.MailRelay;
import org.iecmhc.lms.platform.mail.MailState;
import org.iecmhc.lms.platform.mail.OutboxMail;
import org.iecmhc.lms.platform.mail.OutboxMails;
import org.iecmhc.lms.platform.mail.TestMails;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.web.PagedList;
import org.primefaces.model.LazyDataModel;

/** The outbox page: every mail, newest first, filtered by state; and a test mail to the administrator's address. */
@Named
@ViewScoped
public class OutboxView implements Serializable {

    @Inject
    OutboxMails mails;

    @Inject
    TestMails testMails;

    @Inject
    CurrentViewer viewer;

    @Inject
    LanguageSelection language;

    @Inject
    MailRelay relay;

    private MailState state;

    private final LazyDataModel<OutboxMail> model = PagedList.of(
            () -> mails.count(state), (first, size) -> mails.search(state, first, size), OutboxMail::getId);

    public void sendTestMail() {
        testMails.queue(viewer.get().email(), Language.closestTo(language.getLocale()));
        Messages.info(relay.configured() ? "outbox.test.queued" : "outbox.test.queuedNoRelay");
    }

    public boolean isRelayConfigured() {
        return relay.configured();
    }

    public LazyDataModel<OutboxMail> getModel() {
        return model;
    }

    public List<MailState> getStates() {
        return List.of(MailState.values());
    }

    public MailState getState() {
        return state;
    }

    public void setState(MailState state) {
        this.state = state;
    }
}
