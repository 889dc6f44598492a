package org.iecmhc.lms.course;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.i18n.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The administrators' list of courses: searched, sorted and paged in the database. */
@Named
@ViewScoped
public class CoursesView implements Serializable {

    @Inject
    CourseService courses;

    private String search;

    private final LazyDataModel<Course> model = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) courses.countMatching(search);
        }

        @Override
        public List<Course> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            CourseSort column = sort == null ? CourseSort.COHORT : CourseSort.fromField(sort.getField());
            boolean ascending = sort == null || sort.getOrder() != SortOrder.DESCENDING;
            return courses.search(search, first, pageSize, column, ascending);
        }

        @Override
        public String getRowKey(Course course) {
            return String.valueOf(course.getId());
        }
    };

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
