package org.iecmhc.lms.cohort;

import java.io.Serializable;

/**
 * The cohort an administrators' page is about, named by its {@code cohort} parameter, and the cohort's name for the
 * page's heading: none when the parameter names no cohort, and the page says so. Serializable because it travels in
 * its view's state.
 */
public class CohortParameter implements Serializable {

    private Long id;
    private String name;

    /** Reads the name of the cohort the parameter names, once the parameter is set. */
    void read(Cohorts cohorts) {
        name = id == null ? null : cohorts.find(id).map(Cohort::getName).orElse(null);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }
}
