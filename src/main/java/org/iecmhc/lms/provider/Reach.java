package org.iecmhc.lms.provider;

import java.io.Serializable;

/**
 * Where a service reaches and in which language, as chosen in a form: a county (its FIPS code) and a language. The
 * call form, the call list's filter and the registry's filter all choose them alike; either may be left empty.
 */
public class Reach implements Serializable {

    private String countyFips;
    private ServiceLanguage language;

    public static Reach of(String countyFips, ServiceLanguage language) {
        Reach reach = new Reach();
        reach.countyFips = countyFips;
        reach.language = language;
        return reach;
    }

    public ServiceLanguage[] getLanguages() {
        return ServiceLanguage.values();
    }

    public String getCountyFips() {
        return countyFips;
    }

    public void setCountyFips(String countyFips) {
        this.countyFips = countyFips;
    }

    public ServiceLanguage getLanguage() {
        return language;
    }

    public void setLanguage(ServiceLanguage language) {
        this.language = language;
    }
}
