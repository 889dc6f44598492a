package org.iecmhc.lms.identity;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.api.ApiScope;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.time.PacificTime;
import org.iecmhc.lms.platform.web.FormAction;

/**
 * The access tokens of one account: the person's own on their settings page, or any account's on its page for an
 * administrator (the service checks which). A new token is shown once, in this view only, and gone at the next
 * action or page.
 */
@Named
@ViewScoped
public class AccessTokensView implements Serializable {

    private static final String FORM = "tokens";

    @Inject
    AccessTokens tokens;

    @Inject
    SignedInAccount me;

    @Inject
    CurrentViewer viewer;

    @Inject
    Clock clock;

    /** Set by the account page's address; the settings page leaves it empty for the person's own account. */
    private Long accountId;
    private String name;
    private String[] scopes = {};
    private LocalDate expiresOn;
    private String shownOnce;
    private List<Row> rows;

    /** One listed token as the table shows it; times on the California clock, an empty last use for never. */
    public record Row(long id, String name, List<ApiScope> scopes, String createdAt, LocalDate expiresOn,
                      String lastUsedAt, boolean expired) implements Serializable {
        static Row of(AccessToken token, LocalDate today) {
            return new Row(token.getId(), token.getName(), List.copyOf(token.getScopes()),
                    PacificTime.format(token.getCreatedAt()), token.getExpiresOn(),
                    PacificTime.format(token.getLastUsedAt()), token.isExpired(today));
        }
    }

    /** On success the token is shown and the form emptied; a refusal keeps everything typed. */
    public void create() {
        Set<ApiScope> chosen = Arrays.stream(scopes).map(ApiScope::fromCode).flatMap(Optional::stream)
                .collect(Collectors.toSet());
        shownOnce = null;
        if (FormAction.done(() -> shownOnce = tokens.create(viewer.get(), account(),
                new AccessTokenDetails(name, chosen, expiresOn)).secret(), FormAction.toFields(FORM), "token.created")) {
            name = null;
            scopes = new String[0];
            expiresOn = null;
            rows = null;
        }
    }

    public void revoke(long id) {
        shownOnce = null;
        if (FormAction.done(() -> tokens.revoke(viewer.get(), id), FormAction.toMessage(null), "token.revoked")) {
            rows = null;
        }
    }

    public List<Row> getRows() {
        if (rows == null) {
            LocalDate today = PacificTime.today(clock);
            rows = tokens.list(viewer.get(), account()).stream().map(t -> Row.of(t, today)).toList();
        }
        return rows;
    }

    public List<ApiScope> getAllScopes() {
        return ApiScope.all();
    }

    public LocalDate getEarliestExpiry() {
        return PacificTime.today(clock).plusDays(1);
    }

    public LocalDate getLatestExpiry() {
        return PacificTime.today(clock).plusDays(AccessTokenLimits.MAX_DAYS);
    }

    private long account() {
        return accountId != null ? accountId : me.accountId().orElseThrow();
    }

    public Long getAccountId() {
        return accountId;
    }

    public void setAccountId(Long accountId) {
        this.accountId = accountId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String[] getScopes() {
        return scopes;
    }

    public void setScopes(String[] scopes) {
        this.scopes = scopes;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    public String getShownOnce() {
        return shownOnce;
    }
}
