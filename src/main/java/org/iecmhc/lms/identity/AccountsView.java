package org.iecmhc.lms.identity;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.i18n.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The administrators' list of accounts: searched, sorted and paged in the database. */
@Named
@ViewScoped
public class AccountsView implements Serializable {

    @Inject
    AccountService accounts;

    private String search;

    private final LazyDataModel<Account> model = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) accounts.countMatching(search);
        }

        @Override
        public List<Account> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            AccountSort column = sort == null ? AccountSort.LAST_NAME : AccountSort.fromField(sort.getField());
            boolean ascending = sort == null || sort.getOrder() != SortOrder.DESCENDING;
            return accounts.search(search, first, pageSize, column, ascending);
        }

        @Override
        public String getRowKey(Account account) {
            return String.valueOf(account.getId());
        }
    };

    public void deactivate(long id) {
        accounts.setActive(id, false);
        Messages.info("accounts.deactivated");
    }

    public void activate(long id) {
        accounts.setActive(id, true);
        Messages.info("accounts.activated");
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
