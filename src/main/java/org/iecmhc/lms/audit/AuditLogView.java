package org.iecmhc.lms.audit;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.audit.AuditAction;
import org.iecmhc.lms.platform.audit.AuditEntry;
import org.iecmhc.lms.platform.audit.AuditFilter;
import org.iecmhc.lms.platform.audit.AuditLog;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The administrators' audit log page, filtered and paged in the database. */
@Named
@ViewScoped
public class AuditLogView implements Serializable {

    @Inject
    AuditLog auditLog;

    private String actor;
    private String entityType;
    private AuditAction action;

    private final LazyDataModel<AuditEntry> model = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) auditLog.count(filter());
        }

        @Override
        public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return auditLog.search(filter(), first, pageSize);
        }

        @Override
        public String getRowKey(AuditEntry entry) {
            return String.valueOf(entry.getId());
        }
    };

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
