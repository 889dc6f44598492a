package org.iecmhc.lms.mail;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.mail.MailState;
import org.iecmhc.lms.platform.mail.OutboxMail;
import org.iecmhc.lms.platform.mail.OutboxMails;
import org.iecmhc.lms.platform.web.RecordView;

/** One mail of the outbox as it went (or will go) out, its error, and a re-send when it failed. */
@Named
@ViewScoped
public class OutboxMailView extends RecordView {

    @Inject
    OutboxMails mails;

    private OutboxMail mail;

    @Override
    protected boolean open(long id) {
        return fill(mails.find(id), found -> mail = found);
    }

    @Override
    protected boolean prepareNew() {
        return false;
    }

    public String resend() {
        mails.resend(mail.getId(), mail.getVersion());
        Messages.infoAcrossRedirect("outbox.resent");
        return "/mail/mail.xhtml?faces-redirect=true&id=" + mail.getId();
    }

    public boolean isFailed() {
        return mail.getState() == MailState.FAILED;
    }

    public OutboxMail getMail() {
        return mail;
    }
}
