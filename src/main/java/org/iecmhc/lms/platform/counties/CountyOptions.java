package org.iecmhc.lms.platform.counties;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The 58 counties for drop-downs; the list never changes while the application runs, so it is read once. */
@Named("countyOptions")
@ApplicationScoped
public class CountyOptions {

    @Inject
    Counties counties;

    private volatile List<County> all;

    public List<County> getAll() {
        if (all == null) {
            all = List.copyOf(counties.all());
        }
        return all;
    }
}
