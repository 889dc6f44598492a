package org.iecmhc.lms.privacy;

import static org.iecmhc.lms.platform.privacy.ExportRecord.list;
import static org.iecmhc.lms.platform.privacy.ExportRecord.record;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import org.iecmhc.lms.cohort.Enrollments;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.Accounts;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.platform.audit.AuditErasure;
import org.iecmhc.lms.platform.audit.AuditLog;
import org.iecmhc.lms.platform.files.StoredFile;
import org.iecmhc.lms.platform.privacy.DataSubject;
import org.iecmhc.lms.platform.privacy.PersonalData;
import org.iecmhc.lms.platform.text.EmailFormat;
import org.iecmhc.lms.platform.text.JsonText;

/**
 * Everything stored about one person, gathered from every feature that implements {@link PersonalData}, and the
 * anonymisation of a withdrawn trainee. Administrators only; the pages and the API check the role.
 */
@ApplicationScoped
public class DataSubjects {

    private List<PersonalData> features;
    private Accounts accounts;
    private Enrollments enrollments;
    private AuditLog auditLog;
    private AuditErasure auditErasure;
    private Clock clock;

    protected DataSubjects() {
    }

    @Inject
    public DataSubjects(@Any Instance<PersonalData> features, Accounts accounts, Enrollments enrollments,
                          AuditLog auditLog, AuditErasure auditErasure, Clock clock) {
        this(features.stream().toList(), accounts, enrollments, auditLog, auditErasure, clock);
    }

    public DataSubjects(List<PersonalData> features, Accounts accounts, Enrollments enrollments,
                          AuditLog auditLog, AuditErasure auditErasure, Clock clock) {
        this.features = features.stream().sorted(Comparator.comparing(PersonalData::section)).toList();
        this.accounts = accounts;
        this.enrollments = enrollments;
        this.auditLog = auditLog;
        this.auditErasure = auditErasure;
        this.clock = clock;
    }

    /** One JSON document of everything about the person: each feature's section and the audit entries naming them. */
    @Transactional
    public PersonalExport export(long accountId) {
        DataSubject person = subject(accountId);
        JsonObjectBuilder json = JsonText.object()
                .add("exportedAtUtc", LocalDateTime.now(clock).toString())
                .add("accountId", accountId);
        List<StoredFile> uploads = new ArrayList<>();
        for (PersonalData feature : features) {
            json.add(feature.section(), feature.export(person));
            uploads.addAll(feature.uploads(person));
        }
        json.add("auditTrail", list(auditLog.about(accountId, person.email()), e -> record()
                .with("atUtc", e.getOccurredAt()).with("actor", e.getActor()).with("action", e.getAction())
                .with("recordType", e.getEntityType()).with("recordId", e.getEntityId())
                .with("summary", e.getSummary()).build()));
        return new PersonalExport(person, json.build(), uploads);
    }

    /**
     * Replaces a withdrawn trainee's identity by a placeholder and erases their free text, contact data and files,
     * keeping every row and code that figures are counted from; the account can no longer sign in. Anyone else is
     * refused: people still in a cohort, people who never joined one, and staff.
     */
    @Transactional
    public void anonymise(long accountId, String anonymisedBy) {
        DataSubject person = subject(accountId);
        Account account = accounts.find(accountId).orElseThrow();
        if (!account.getRoles().equals(Set.of(Role.TRAINEE))) {
            throw new PrivacyRejected("privacy.anonymise.notOnlyTrainee");
        }
        if (!enrollments.withdrawnFromEveryCohort(accountId)) {
            throw new PrivacyRejected("privacy.anonymise.notWithdrawn");
        }
        features.forEach(feature -> feature.anonymise(person));
        auditErasure.forget(person, anonymisedBy, LocalDateTime.now(clock));
    }

    /**
     * Everything held about someone without an account, known only by the e-mail address they gave when they
     * registered for an offering or were mailed a survey link: each feature's section that holds such data. An
     * account's address is refused: the account's own export holds all of that person's data.
     */
    @Transactional
    public JsonObject exportRegistrant(String email) {
        String address = registrantAddress(email);
        JsonObjectBuilder json = JsonText.object()
                .add("exportedAtUtc", LocalDateTime.now(clock).toString())
                .add("email", address);
        for (PersonalData feature : features) {
            JsonValue section = feature.exportRegistrant(address);
            if (section != null) {
                json.add(feature.section(), section);
            }
        }
        return json.build();
    }

    /**
     * Erases a registrant without an account: their name, address and words go from every feature's records, while
     * the registrations, attendance and yes-or-no answers the figures count stay. Someone with an account is refused:
     * their data goes with the account's anonymisation.
     */
    @Transactional
    public void eraseRegistrant(String email) {
        String address = registrantAddress(email);
        features.forEach(feature -> feature.eraseRegistrant(address));
    }

    /**
     * The well-formed address of someone without an account. A person with an account is answered by the account's
     * export and anonymisation alone, so that no part of their data is exported or erased apart from the rest.
     */
    private String registrantAddress(String email) {
        String address = email == null ? "" : email.strip();
        if (!EmailFormat.isWellFormed(address)) {
            throw new PrivacyRejected("registration.privacy.email");
        }
        if (accounts.findByEmail(address).isPresent()) {
            throw new PrivacyRejected("registration.privacy.hasAccount");
        }
        return address;
    }

    private DataSubject subject(long accountId) {
        Account account = accounts.find(accountId).orElseThrow(() -> new PrivacyRejected("account.notFound"));
        return new DataSubject(accountId, account.getEmail());
    }

    /** The export of one person: the JSON document and the files they uploaded. */
    public record PersonalExport(DataSubject person, JsonObject json, List<StoredFile> uploads) {
    }
}
