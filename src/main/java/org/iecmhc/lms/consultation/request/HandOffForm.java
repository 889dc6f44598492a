package org.iecmhc.lms.consultation.request;

import java.io.Serializable;

import org.iecmhc.lms.helpline.HelplineCall;
import org.iecmhc.lms.provider.Provider;

/** The hand-off as typed on the helpline's page, starting from what the call recorded. */
public class HandOffForm implements Serializable {

    private Provider provider;
    private String providerName;
    private String countyFips;
    private String needs;

    static HandOffForm of(HelplineCall call) {
        HandOffForm form = new HandOffForm();
        form.provider = call.getProvider();
        form.countyFips = call.getCounty().getFips();
        return form;
    }

    HandOffDetails details() {
        return new HandOffDetails(provider == null ? null : provider.getId(), providerName, countyFips, needs);
    }

    public Provider getProvider() {
        return provider;
    }

    public void setProvider(Provider provider) {
        this.provider = provider;
    }

    public String getProviderName() {
        return providerName;
    }

    public void setProviderName(String providerName) {
        this.providerName = providerName;
    }

    public String getCountyFips() {
        return countyFips;
    }

    public void setCountyFips(String countyFips) {
        this.countyFips = countyFips;
    }

    public String getNeeds() {
        return needs;
    }

    public void setNeeds(String needs) {
        this.needs = needs;
    }
}
