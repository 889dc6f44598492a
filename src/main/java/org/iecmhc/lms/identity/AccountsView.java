package org.iecmhc.lms.identity;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.web.PagedList;
import org.iecmhc.lms.platform.web.SortColumn;
import org.primefaces.model.LazyDataModel;

/** The administrators' list of accounts: searched, sorted and paged in the database. */
@Named
@ViewScoped
public class AccountsView implements Serializable {

    @Inject
    Accounts accounts;

    @Inject
    Invitations invitations;

    private final InvitationColumn invitationColumn = new InvitationColumn();

    private String search;

    private final LazyDataModel<Account> model = PagedList.sorted(
            () -> accounts.countMatching(search),
            (first, size, column, ascending) -> accounts.search(search, first, size, column, ascending),
            SortColumn.sorting(AccountSort.LAST_NAME, true), Account::getId);

    public void deactivate(long id) {
        accounts.setActive(id, false);
        Messages.info("accounts.deactivated");
    }

    public void activate(long id) {
        accounts.setActive(id, true);
        Messages.info("accounts.activated");
    }

    public void resendInvitation(long id) {
        try {
            invitations.resend(id);
            invitationColumn.forget();
            Messages.info("invitation.resent");
        } catch (AccountRejected rejected) {
            Messages.error(null, rejected.messageKey());
        }
    }

    public InvitationState invitation(long accountId) {
        return invitationColumn.of(accountId, model.getWrappedData().stream().map(Account::getId).toList(), invitations);
    }

    public LazyDataModel<Account> getModel() {
        return model;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
