package org.iecmhc.lms.identity;

import static org.iecmhc.lms.platform.privacy.ExportRecord.record;

import jakarta.enterprise.context.ApplicationScoped;
import org.iecmhc.lms.platform.api.ApiScope;
import org.iecmhc.lms.platform.privacy.DataSubject;
import org.iecmhc.lms.platform.privacy.ExportRecord;
import org.iecmhc.lms.platform.privacy.ListedPersonalData;

/** The account's API access tokens as the person sees them (never the token nor its hash); erased with the account. */
@ApplicationScoped
public class AccessTokenPersonalData extends ListedPersonalData<AccessToken> {

    public AccessTokenPersonalData() {
        super("accessTokens", "select t from AccessToken t where t.account.id = :id order by t.createdAt",
                AccessToken.class);
    }

    @Override
    protected ExportRecord exported(AccessToken token) {
        return record()
                .with("name", token.getName())
                .with("scopes", token.getScopes().stream().map(ApiScope::code).toList())
                .with("createdAtUtc", token.getCreatedAt())
                .with("expiresOn", token.getExpiresOn())
                .with("lastUsedAtUtc", token.getLastUsedAt());
    }

    /**
     * The anonymised account is closed for good, so its tokens go; a bulk delete, since an audit entry per token
     * would name the person again.
     */
    @Override
    public void anonymise(DataSubject person) {
        em.createQuery("delete from AccessToken t where t.account.id = :id")
                .setParameter("id", person.accountId()).executeUpdate();
    }
}
