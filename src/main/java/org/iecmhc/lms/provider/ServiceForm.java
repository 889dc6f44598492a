package org.iecmhc.lms.provider;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * An Open-Door session or a support series as typed on its page until it is saved: its date (the session's, or the
 * series' first), title, language and facilitator, whom only administrators choose ({@link ServiceChoices}).
 */
public class ServiceForm implements Serializable {

    private LocalDate date;
    private String title;
    private ServiceLanguage language;
    private Long facilitatorId;

    public ServiceForm() {
    }

    public ServiceForm(LocalDate date, String title, ServiceLanguage language, Long facilitatorId) {
        this.date = date;
        this.title = title;
        this.language = language;
        this.facilitatorId = facilitatorId;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public ServiceLanguage getLanguage() {
        return language;
    }

    public void setLanguage(ServiceLanguage language) {
        this.language = language;
    }

    public Long getFacilitatorId() {
        return facilitatorId;
    }

    public void setFacilitatorId(Long facilitatorId) {
        this.facilitatorId = facilitatorId;
    }
}
