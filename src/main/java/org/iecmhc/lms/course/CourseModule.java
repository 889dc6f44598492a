package org.iecmhc.lms.course;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.iecmhc.lms.platform.files.StoredFile;

/** A numbered part of a course with its reading and viewing materials. */
@Entity
@Table(name = "course_module")
public class CourseModule extends NumberedPart {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Course course;

    @OneToMany(mappedBy = "module", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<CourseMaterial> materials = new ArrayList<>();

    protected CourseModule() {
    }

    CourseModule(Course course, int sortOrder, String title) {
        super(sortOrder, title);
        this.course = course;
    }

    CourseMaterial addLink(String title, String url) {
        CourseMaterial material = new CourseMaterial(this, materials.size() + 1, title, url, null);
        materials.add(material);
        return material;
    }

    CourseMaterial addFile(String title, StoredFile file) {
        CourseMaterial material = new CourseMaterial(this, materials.size() + 1, title, null, file);
        materials.add(material);
        return material;
    }

    void addCopyOf(CourseMaterial material) {
        materials.add(new CourseMaterial(this, materials.size() + 1, material.getTitle(), material.getUrl(), material.getFile()));
    }

    void removeMaterial(CourseMaterial material) {
        materials.remove(material);
    }

    @Override
    public String auditLabel() {
        return "module " + getSortOrder() + " of course " + course.getId();
    }

    public Course getCourse() {
        return course;
    }

    public List<CourseMaterial> getMaterials() {
        return List.copyOf(materials);
    }
}
