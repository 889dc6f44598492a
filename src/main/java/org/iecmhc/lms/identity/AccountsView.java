package org.iecmhc.lms.identity;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.web.FormAction;
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

    private String search;

    private final LazyDataModel<AccountRow> model = PagedList.sorted(
            () -> accounts.countMatching(search),
            (first, size, column, ascending) -> rows(accounts.search(search, first, size, column, ascending)),
            SortColumn.sorting(AccountSort.LAST_NAME, true), AccountRow::getId);

    public void deactivate(long id) {
        accounts.setActive(id, false);
        Messages.info("accounts.deactivated");
    }

    public void activate(long id) {
        accounts.setActive(id, true);
        Messages.info("accounts.activated");
    }

    public void resendInvitation(long id) {
        FormAction.done(() -> invitations.resend(id), FormAction.toMessage(null), "invitation.resent");
    }

    /** The page's lines in the reader's language, with the invitation states of all its accounts read in one statement. */
    private List<AccountRow> rows(List<Account> page) {
        Map<Long, InvitationState> states = invitations.states(page.stream().map(Account::getId).toList());
        return page.stream().map(account -> {
            InvitationState state = states.get(account.getId());
            return new AccountRow(account, Messages.text(account.isActive() ? "account.active" : "account.inactive"),
                    account.getRoles().stream().sorted().map(role -> Messages.text("role." + role))
                    .collect(Collectors.joining(", ")), state, Messages.text(state.messageKey()));
        }).toList();
    }

    public LazyDataModel<AccountRow> getModel() {
        return model;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
