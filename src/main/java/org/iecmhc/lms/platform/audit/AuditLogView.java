package org.iecmhc.lms.platform.audit;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.web.PagedList;
import org.primefaces.model.LazyDataModel;

/** The administrators' audit log page, filtered and paged in the database. */
@Named
@ViewScoped
public class AuditLogView implements Serializable {

    @Inject
    AuditLog auditLog;

    private String actor;
    private String entityType;
    private AuditAction action;

    private final LazyDataModel<AuditEntry> model = PagedList.of(
            () -> auditLog.count(filter()), (first, size) -> auditLog.search(filter(), first, size), AuditEntry::getId);

    private AuditFilter filter() {
        return new AuditFilter(actor, entityType, action);
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

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }
}
