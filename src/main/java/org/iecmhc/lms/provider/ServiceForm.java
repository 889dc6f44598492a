package org.iecmhc.lms.provider;

import java.time.LocalDate;

/**
 * An Open-Door session or a support series as typed on its page until it is saved: its date (the session's, or the
 * series' first) besides what every facilitated service types.
 */
public class ServiceForm extends FacilitatedServiceForm {

    private LocalDate date;

    public ServiceForm() {
    }

    public ServiceForm(LocalDate date, FacilitatedService service) {
        super(service);
        this.date = date;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }
}
