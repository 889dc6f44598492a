package org.iecmhc.lms.platform.counties;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The 58 counties for drop-downs; the list never changes while the application runs, so it is read once. */
@Named("countyOptions")
@ApplicationScoped
public class CountyOptions {

    @Inject
    Counties counties;

    private volatile List<County> all;
    private volatile List<SelectItem> items;

    public List<County> getAll() {
        if (all == null) {
            all = List.copyOf(counties.all());
        }
        return all;
    }

    /**
     * The counties as a drop-down's options, value the FIPS code and label the name, made once: given by a variable,
     * the page would evaluate both expressions for each of the 58 at every rendering.
     */
    public List<SelectItem> getItems() {
        if (items == null) {
            items = getAll().stream().map(county -> new SelectItem(county.getFips(), county.getName())).toList();
        }
        return items;
    }
}
