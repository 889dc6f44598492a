package org.iecmhc.lms.audit;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.AccountSort;
import org.iecmhc.lms.identity.Accounts;
import org.iecmhc.lms.platform.audit.AuditAction;
import org.iecmhc.lms.platform.audit.AuditEntry;
import org.iecmhc.lms.platform.audit.AuditFilter;
import org.iecmhc.lms.platform.audit.AuditLog;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.text.TypedText;
import org.iecmhc.lms.platform.time.PeriodInput;
import org.iecmhc.lms.platform.web.PagedList;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;

/**
 * The administrators' audit log page, filtered and paged in the database. The filters apply when searched, and only
 * when valid: the table keeps showing the last valid search while a field shows what is wrong.
 */
@Named
@ViewScoped
public class AuditLogView implements Serializable {

    /** The accounts a typed name may stand for; a name matching more people is narrowed by typing more of it. */
    private static final int PEOPLE_LIMIT = 50;
    private static final int SUGGESTIONS = 10;

    @Inject
    AuditLog auditLog;

    @Inject
    Accounts accounts;

    private String actor;
    private String entityType;
    private String entityId;
    private AuditAction action;
    private final PeriodInput period = new PeriodInput();
    private AuditFilter applied = AuditFilter.NONE;

    private final LazyDataModel<AuditEntry> model = PagedList.sorted(() -> auditLog.count(applied),
            (first, size, column, ascending) -> auditLog.search(applied, first, size, !ascending),
            new PagedList.Sorting<>("occurredAt", false, field -> "occurredAt"), AuditEntry::getId);

    /** Applies the filters typed in the address (a record's page links here with its kind and id). */
    public void open() {
        search();
    }

    public void search() {
        LocalDate from = period.getStart();
        LocalDate to = period.getEnd();
        if (from != null && to != null && from.isAfter(to)) {
            Messages.error("audit:to", "audit.range.invalid");
            return;
        }
        List<String> emails = actor == null || actor.isBlank() ? List.of()
                : accounts.search(actor.trim(), 0, PEOPLE_LIMIT, AccountSort.EMAIL, true).stream()
                        .map(Account::getEmail).toList();
        applied = new AuditFilter(actor, emails, TypedText.trimmedOrNull(entityType), TypedText.trimmedOrNull(entityId),
                action, from, to);
    }

    /** People whose name or email contains the typed text, offered by email (what the log records). */
    public List<String> people(String text) {
        return accounts.search(text, 0, SUGGESTIONS, AccountSort.LAST_NAME, true).stream()
                .map(Account::getEmail).toList();
    }

    public StreamedContent getCsv() {
        byte[] bytes = ("\uFEFF" + AuditCsv.write(auditLog.search(applied, 0, AuditCsv.LIMIT, true),
                auditLog.recordTypes(), locale()))
                .getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder()
                .name("audit-log.csv")
                .contentType("text/csv; charset=UTF-8")
                .contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    public int getExportLimit() {
        return AuditCsv.LIMIT;
    }

    public String kind(String type) {
        return AuditLabels.kind(locale(), type);
    }

    public List<String> changes(AuditEntry entry) {
        return AuditLabels.changes(locale(), entry, auditLog.recordTypes().get(entry.getEntityType()));
    }

    public LazyDataModel<AuditEntry> getModel() {
        return model;
    }

    public List<String> getEntityTypes() {
        return auditLog.entityTypes();
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public void setEntityId(String entityId) {
        this.entityId = entityId;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public PeriodInput getPeriod() {
        return period;
    }
}
