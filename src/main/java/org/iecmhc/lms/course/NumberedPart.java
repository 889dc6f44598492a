package org.iecmhc.lms.course;

import jakarta.persistence.MappedSuperclass;
import org.iecmhc.lms.platform.audit.AuditedRecord;

/**
 * A numbered, titled part of a course or of a rubric (a module, a material, a criterion, a level): listed in the order
 * of its number, under its title as typed without surrounding blanks.
 */
@MappedSuperclass
public abstract class NumberedPart extends AuditedRecord {

    private int sortOrder;

    private String title;

    protected NumberedPart() {
    }

    protected NumberedPart(int sortOrder, String title) {
        this.sortOrder = sortOrder;
        this.title = title.trim();
    }

    void placeAt(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getTitle() {
        return title;
    }
}
