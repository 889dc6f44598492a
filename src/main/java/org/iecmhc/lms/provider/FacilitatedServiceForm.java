package org.iecmhc.lms.provider;

import java.io.Serializable;

/**
 * What the form of every facilitated service types (as stored: {@link FacilitatedService}): its title, the language it
 * is held in and its facilitator, chosen among {@link ServiceChoices}.
 */
public abstract class FacilitatedServiceForm implements Serializable {

    private String title;
    private ServiceLanguage language;
    private Long facilitatorId;

    protected FacilitatedServiceForm() {
    }

    protected FacilitatedServiceForm(FacilitatedService service) {
        title = service.getTitle();
        language = service.getLanguage();
        facilitatorId = service.getFacilitator().getId();
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
