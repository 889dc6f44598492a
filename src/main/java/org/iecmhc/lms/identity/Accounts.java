package org.iecmhc.lms.identity;

import org.iecmhc.lms.platform.i18n.Language;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.config.QueryHints;
import org.iecmhc.lms.notification.NotificationKind;
import org.iecmhc.lms.notification.Notifications;
import org.iecmhc.lms.notification.Recipient;
import org.iecmhc.lms.platform.persistence.Conditions;
import org.iecmhc.lms.platform.security.Viewer;

/** Creating, changing and finding accounts: one use case per method, one transaction each. */
@ApplicationScoped
public class Accounts {

    private static final int EMAILS_PER_QUERY = 500;

    @Inject
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    @Inject
    Notifications notifications;

    @Transactional
    public Account create(AccountDetails details, String initialPassword, boolean changeRequired) {
        checkDetails(details);
        AccountRules.passwordProblem(initialPassword).ifPresent(key -> {
            throw new AccountRejected("password", key);
        });
        return createFree(details, () -> hasher.hash(initialPassword), changeRequired);
    }

    /**
     * A new account whose password nobody knows: the person chooses one through an invitation. It gets the hash the
     * hasher keeps of a secret nobody knows, for the reason {@link #createWithoutKnownPassword} gives, so that inviting
     * one person costs no PBKDF2 derivation either.
     */
    @Transactional
    public Account createWithoutKnownPassword(AccountDetails details) {
        checkDetails(details);
        return createFree(details, hasher::unknownAccountHash, true);
    }

    /** The details checked, a new account with this email unless it is taken; hashing waits until then. */
    private Account createFree(AccountDetails details, Supplier<String> passwordHash, boolean changeRequired) {
        if (findByEmail(details.email()).isPresent()) {
            throw new AccountRejected("email", "account.email.taken");
        }
        Account account = new Account(details.email(), details.firstName(), details.lastName(), now());
        account.setPreferredLanguage(details.language());
        account.setRoles(details.roles());
        account.setPasswordHash(passwordHash.get(), changeRequired);
        em.persist(account);
        return account;
    }

    /**
     * Creates accounts for many people at once (a roster import) whose emails the caller has checked are free.
     * Nobody is told a password: each account gets the hash the hasher keeps of a random secret nobody knows (made once
     * per instance), and the person chooses their own through the invitation the caller sends. Hashing a password per
     * person would cost about 50 ms each (PBKDF2, 100,000 iterations), nearly two minutes for a 2,000-line roster, to
     * protect passwords that nobody knows anyway; the shared salt only helps against guessable passwords, and 16
     * random bytes are not guessable.
     */
    @Transactional
    public List<Account> createWithoutKnownPassword(List<AccountDetails> people) {
        String unknowable = hasher.unknownAccountHash();
        LocalDateTime now = now();
        List<Account> created = new ArrayList<>(people.size());
        for (AccountDetails details : people) {
            checkDetails(details);
            Account account = new Account(details.email(), details.firstName(), details.lastName(), now);
            account.setPreferredLanguage(details.language());
            account.setRoles(details.roles());
            account.setPasswordHash(unknowable, true);
            em.persist(account);
            created.add(account);
        }
        return created;
    }

    /** 32 random bytes as text: a password for an account whose first password an administrator will set. */
    public static String randomPassword() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * Saves the form over the account; a newer version saved meanwhile by someone else wins and this one fails.
     * {@code passwordSignIn} false leaves the person only single sign-on (see {@link Account#isPasswordSignIn}).
     */
    @Transactional
    public Account update(long id, long version, AccountDetails details, String newPassword, boolean passwordSignIn) {
        checkDetails(details);
        Account account = require(id);
        account.requireVersion(version);
        Optional<Account> sameEmail = findByEmail(details.email());
        if (sameEmail.isPresent() && !sameEmail.get().getId().equals(id)) {
            throw new AccountRejected("email", "account.email.taken");
        }
        // The mail about a changed address goes to the old one: that is where its owner reads it.
        Recipient before = account.recipient();
        Set<Role> rolesBefore = Set.copyOf(account.getRoles());
        if (newPassword != null && !newPassword.isEmpty()) {
            AccountRules.passwordProblem(newPassword).ifPresent(key -> {
                throw new AccountRejected("password", key);
            });
            account.setPasswordHash(hasher.hash(newPassword), true);
            tell(before, "notification.passwordSet");
        }
        account.changeEmail(details.email());
        account.rename(details.firstName(), details.lastName());
        account.setPreferredLanguage(details.language());
        account.setRoles(details.roles());
        account.setPasswordSignIn(passwordSignIn);
        if (!before.email().equals(account.getEmail())) {
            tell(before, "notification.emailChanged", account.getEmail());
        }
        if (!rolesBefore.equals(Set.copyOf(account.getRoles()))) {
            tell(account.recipient(), "notification.rolesChanged");
        }
        return account;
    }

    @Transactional
    public void setActive(long id, boolean active) {
        require(id).setActive(active);
    }

    /**
     * The person's own new password; it ends their other sessions. Answers the account's new security stamp, which
     * the session the change was made in keeps, so that this one session goes on.
     */
    @Transactional
    public long changePassword(String email, String currentPassword, String newPassword) {
        Account account = findByEmail(email).orElseThrow(() -> new AccountRejected("current", "account.notFound"));
        if (!hasher.matches(currentPassword, account.getPasswordHash())) {
            throw new AccountRejected("current", "account.password.currentWrong");
        }
        AccountRules.passwordProblem(newPassword).ifPresent(key -> {
            throw new AccountRejected("password", key);
        });
        if (newPassword.equals(currentPassword)) {
            throw new AccountRejected("password", "account.password.unchanged");
        }
        account.setPasswordHash(hasher.hash(newPassword), false);
        tell(account.recipient(), "notification.passwordChanged");
        return account.getSecurityStamp();
    }

    @Transactional
    public void setPreferredLanguage(String email, Language language) {
        findByEmail(email).ifPresent(account -> {
            if (account.getPreferredLanguage() != language) {
                account.setPreferredLanguage(language);
            }
        });
    }

    public Optional<Account> find(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    /** The accounts of these emails (already normalized) that exist, in as few queries as the list needs. */
    public List<Account> findByEmails(Collection<String> emails) {
        List<String> all = List.copyOf(emails);
        List<Account> found = new ArrayList<>();
        for (int from = 0; from < all.size(); from += EMAILS_PER_QUERY) {
            found.addAll(em.createQuery("select a from Account a where a.email in :emails", Account.class)
                    .setParameter("emails", all.subList(from, Math.min(all.size(), from + EMAILS_PER_QUERY)))
                    .getResultList());
        }
        return found;
    }

    public Optional<Account> findByEmail(String email) {
        return byEmail(em, email);
    }

    /**
     * The account with this email, however it was typed: for the access rules of features that hold only their
     * EntityManager (a course, practicum, evaluation or CoP request names its caller by email).
     */
    public static Optional<Account> byEmail(EntityManager em, String email) {
        return em.createQuery("select a from Account a where a.email = :email", Account.class)
                .setParameter("email", Account.normalizeEmail(email))
                .getResultStream()
                .findFirst();
    }

    /**
     * Every account that holds the role, by e-mail, former holders (inactive accounts) too: history imports name the
     * people who led a service then.
     */
    public static Map<String, Account> byEmailWithRole(EntityManager em, Role role) {
        return em.createQuery("select distinct a from Account a join a.roles r where r = :role", Account.class)
                .setParameter("role", role).getResultStream()
                .collect(Collectors.toMap(Account::getEmail, Function.identity()));
    }

    /**
     * The consultant a record of the service tiers belongs to: a consultant's own account, or the one an administrator
     * chose; empty when that account is not a consultant's.
     */
    public static Optional<Account> consultantFor(EntityManager em, Viewer viewer, Long chosenId) {
        return facilitatorFor(em, viewer, chosenId, Role.CONSULTANT);
    }

    /**
     * As {@link #consultantFor}, for a service that consultants and administrators both lead (webinars): the viewer's
     * own account, or the one an administrator chose, when it holds one of these roles.
     */
    public static Optional<Account> facilitatorFor(EntityManager em, Viewer viewer, Long chosenId, Role... roles) {
        Optional<Account> account = viewer.administrator()
                ? Optional.ofNullable(chosenId).map(id -> em.find(Account.class, id)) : byEmail(em, viewer.email());
        return account.filter(a -> Arrays.stream(roles).anyMatch(a::hasRole));
    }

    /** Active accounts holding the role, by name: the consultants who can facilitate or be assigned, say. */
    public List<Account> activeWithRole(Role role) {
        return em.createQuery("select distinct a from Account a join a.roles r where r = :role and a.active = true"
                + " order by a.lastName, a.firstName", Account.class).setParameter("role", role).getResultList();
    }

    public long countAll() {
        return em.createQuery("select count(a) from Account a", Long.class).getSingleResult();
    }

    /** One page of accounts whose name or email contains the text, in the order asked. */
    public List<Account> search(String text, int first, int pageSize, AccountSort sort, boolean ascending) {
        // The roles of the whole page in one statement (IN keeps paging right), not one per account.
        return matching(text).pageQuery(em, "select a from Account a", sort.ordering("a", ascending) + ", a.id asc",
                        Account.class, first, pageSize)
                .setHint(QueryHints.BATCH, "a.roles").setHint(QueryHints.BATCH_TYPE, BatchFetchType.IN)
                .getResultList();
    }

    public long countMatching(String text) {
        return matching(text).count(em, "select count(a) from Account a");
    }

    /**
     * One page of accounts whose name or email contains the text, holding the role and in the state when those are
     * given (null: any), by last name: the API's filtered list.
     */
    public List<Account> search(String text, Role role, Boolean active, int first, int pageSize) {
        return matching(text, role, active).pageQuery(em, "select a from Account a",
                        AccountSort.LAST_NAME.ordering("a", true) + ", a.firstName asc, a.id asc", Account.class, first,
                        pageSize)
                .setHint(QueryHints.BATCH, "a.roles").setHint(QueryHints.BATCH_TYPE, BatchFetchType.IN)
                .getResultList();
    }

    public long countMatching(String text, Role role, Boolean active) {
        return matching(text, role, active).count(em, "select count(a) from Account a");
    }

    private static Conditions matching(String text, Role role, Boolean active) {
        return matching(text)
                .and("a.id in (select h.id from Account h join h.roles r where r = :role)", "role", role)
                .and("a.active = :active", "active", active);
    }

    private static Conditions matching(String text) {
        return Conditions.chosen().andContaining("(lower(a.email) like :text or lower(a.firstName) like :text"
                + " or lower(a.lastName) like :text or lower(concat(a.firstName, ' ', a.lastName)) like :text)", "text",
                text);
    }

    private Account require(long id) {
        return find(id).orElseThrow(() -> new AccountRejected("email", "account.notFound"));
    }

    private static void checkDetails(AccountDetails details) {
        AccountRules.emailProblem(details.email()).ifPresent(key -> {
            throw new AccountRejected("email", key);
        });
        AccountRules.nameProblem(details.firstName()).ifPresent(key -> {
            throw new AccountRejected("firstName", key);
        });
        AccountRules.nameProblem(details.lastName()).ifPresent(key -> {
            throw new AccountRejected("lastName", key);
        });
        if (details.roles() == null || details.roles().isEmpty()) {
            throw new AccountRejected("roles", "account.roles.required");
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private void tell(Recipient person, String messageKey, String... arguments) {
        notifications.tell(person, NotificationKind.ACCOUNT_CHANGE, messageKey, List.of(arguments),
                "/account/settings.xhtml");
    }
}
