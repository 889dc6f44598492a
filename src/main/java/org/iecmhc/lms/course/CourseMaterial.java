package org.iecmhc.lms.course;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.iecmhc.lms.platform.audit.AuditedRecord;
import org.iecmhc.lms.platform.files.StoredFile;

/** A link or an uploaded file in a module. */
@Entity
@Table(name = "course_material")
public class CourseMaterial extends AuditedRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private CourseModule module;

    private int sortOrder;

    private String title;

    private String url;

    @ManyToOne
    private StoredFile file;

    protected CourseMaterial() {
    }

    CourseMaterial(CourseModule module, int sortOrder, String title, String url, StoredFile file) {
        this.module = module;
        this.sortOrder = sortOrder;
        this.title = title.trim();
        this.url = url;
        this.file = file;
    }

    @Override
    public String auditLabel() {
        return title;
    }

    public CourseModule getModule() {
        return module;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getTitle() {
        return title;
    }

    public String getUrl() {
        return url;
    }

    public StoredFile getFile() {
        return file;
    }

    public boolean isLink() {
        return file == null;
    }
}
