package org.iecmhc.lms.course;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.web.PagedList;
import org.iecmhc.lms.platform.web.SortColumn;
import org.primefaces.model.LazyDataModel;

/** The administrators' list of courses: searched, sorted and paged in the database. */
@Named
@ViewScoped
public class CoursesView implements Serializable {

    @Inject
    Courses courses;

    private String search;

    private final LazyDataModel<Course> model = PagedList.sorted(
            () -> courses.countMatching(search),
            (first, size, column, ascending) -> courses.search(search, first, size, column, ascending),
            SortColumn.sorting(CourseSort.COHORT, true), Course::getId);

    public void delete(long id) {
        try {
            courses.delete(id);
            Messages.info("course.deleted");
        } catch (CourseRejected rejected) {
            Messages.error(null, rejected.messageKey());
        }
    }

    public LazyDataModel<Course> getModel() {
        return model;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
