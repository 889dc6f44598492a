package org.iecmhc.lms.provider;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * A provider as typed: all of it on the registry form, or only name, kind and county where a provider joins a
 * session or series on the spot (the lms:newProvider tag).
 */
public class ProviderForm implements Serializable {

    private String name;
    private ProviderKind kind;
    private String countyFips;
    private String city;
    private String licenseNumber;
    private String contactName;
    private String contactPhone;
    private String contactEmail;
    private ServiceLanguage[] languages = {};

    static ProviderForm of(Provider provider) {
        ProviderForm form = new ProviderForm();
        form.name = provider.getName();
        form.kind = provider.getKind();
        form.countyFips = provider.getCounty().getFips();
        form.city = provider.getCity();
        form.licenseNumber = provider.getLicenseNumber();
        form.contactName = provider.getContactName();
        form.contactPhone = provider.getContactPhone();
        form.contactEmail = provider.getContactEmail();
        form.languages = provider.getLanguages().toArray(ServiceLanguage[]::new);
        return form;
    }

    ProviderDetails details() {
        Set<ServiceLanguage> spoken = languages.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(languages));
        return new ProviderDetails(name, kind, countyFips, city, licenseNumber, contactName, contactPhone, contactEmail,
                spoken);
    }

    NewProvider newProvider() {
        return new NewProvider(name, kind, countyFips);
    }

    public ProviderKind[] getKinds() {
        return ProviderKind.values();
    }

    public ServiceLanguage[] getAllLanguages() {
        return ServiceLanguage.values();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ProviderKind getKind() {
        return kind;
    }

    public void setKind(ProviderKind kind) {
        this.kind = kind;
    }

    public String getCountyFips() {
        return countyFips;
    }

    public void setCountyFips(String countyFips) {
        this.countyFips = countyFips;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getLicenseNumber() {
        return licenseNumber;
    }

    public void setLicenseNumber(String licenseNumber) {
        this.licenseNumber = licenseNumber;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    /** An array rather than a set, so that Faces knows the element type and converts the checkboxes itself. */
    public ServiceLanguage[] getLanguages() {
        return languages;
    }

    public void setLanguages(ServiceLanguage[] languages) {
        this.languages = languages;
    }
}
