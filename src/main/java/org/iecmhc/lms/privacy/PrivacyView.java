package org.iecmhc.lms.privacy;

import java.io.ByteArrayInputStream;
import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.web.FormAction;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** The privacy actions on an account's page: download everything about the person, anonymise a withdrawn trainee. */
@Named
@ViewScoped
public class PrivacyView implements Serializable {

    @Inject
    DataSubjects privacy;

    @Inject
    PersonalExportZip zip;

    @Inject
    CurrentViewer viewer;

    private Long accountId;

    public StreamedContent getExport() {
        byte[] bytes = zip.write(privacy.export(accountId));
        return DefaultStreamedContent.builder()
                .name("account-" + accountId + "-export.zip")
                .contentType("application/zip")
                .contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    /** Reloads the account's page on success, so that the form shows the placeholder instead of the erased values. */
    public String anonymise() {
        return FormAction.doneThenGo(() -> {
            privacy.anonymise(accountId, viewer.get().email());
            return "/account/account.xhtml?faces-redirect=true&id=" + accountId;
        }, FormAction.toFields("privacy"), "privacy.anonymised");
    }

    public Long getAccountId() {
        return accountId;
    }

    public void setAccountId(Long accountId) {
        this.accountId = accountId;
    }
}
