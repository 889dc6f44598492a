package org.iecmhc.lms.provider;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.web.RecordView;

/** Adding or changing one provider; a refused save keeps everything typed and says why next to the field. */
@Named
@ViewScoped
public class ProviderFormView extends RecordView {

    @Inject
    ProviderRegistry registry;

    private long version;
    private String name;
    private ProviderKind kind;
    private String countyFips;
    private String city;
    private String licenseNumber;
    private String contactName;
    private String contactPhone;
    private String contactEmail;
    private ServiceLanguage[] languages = {};

    @Override
    protected boolean open(long id) {
        return fill(registry.find(id), this::show);
    }

    private void show(Provider provider) {
        version = provider.getVersion();
        name = provider.getName();
        kind = provider.getKind();
        countyFips = provider.getCounty().getFips();
        city = provider.getCity();
        licenseNumber = provider.getLicenseNumber();
        contactName = provider.getContactName();
        contactPhone = provider.getContactPhone();
        contactEmail = provider.getContactEmail();
        languages = provider.getLanguages().toArray(ServiceLanguage[]::new);
    }

    public String save() {
        Set<ServiceLanguage> spoken = languages.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(languages));
        ProviderDetails details = new ProviderDetails(name, kind, countyFips, city, licenseNumber, contactName,
                contactPhone, contactEmail, spoken);
        try {
            if (isNew()) {
                registry.add(details);
            } else {
                registry.change(getId(), version, details);
            }
        } catch (InputRejected rejected) {
            Messages.reject("provider", rejected);
            return null;
        }
        Messages.infoAcrossRedirect("provider.saved");
        return "/provider/providers.xhtml?faces-redirect=true";
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

    public ServiceLanguage[] getLanguages() {
        return languages;
    }

    public void setLanguages(ServiceLanguage[] languages) {
        this.languages = languages;
    }
}
