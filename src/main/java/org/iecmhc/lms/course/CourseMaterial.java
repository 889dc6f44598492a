package org.iecmhc.lms.course;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.iecmhc.lms.platform.files.StoredFile;

/** A link or an uploaded file in a module. */
@Entity
@Table(name = "course_material")
public class CourseMaterial extends NumberedPart {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private CourseModule module;

    private String url;

    @ManyToOne
    private StoredFile file;

    protected CourseMaterial() {
    }

    CourseMaterial(CourseModule module, int sortOrder, String title, String url, StoredFile file) {
        super(sortOrder, title);
        this.module = module;
        this.url = url;
        this.file = file;
    }

    @Override
    public String auditLabel() {
        return getTitle();
    }

    public CourseModule getModule() {
        return module;
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
