package org.iecmhc.lms.helpline;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;

import org.iecmhc.lms.platform.counties.County;
import org.iecmhc.lms.provider.ServiceLanguage;

/** The directory's form as typed: a new resource, or one being changed at the version the person saw. */
public class ResourceForm implements Serializable {

    private Long id;
    private long version;
    private String name;
    private ResourceKind kind;
    private String[] countyFips = {};
    private ServiceLanguage[] languages = {};
    private Long[] topicIds = {};
    private String contact;

    static ResourceForm of(ReferralResource resource) {
        ResourceForm form = new ResourceForm();
        form.id = resource.getId();
        form.version = resource.getVersion();
        form.name = resource.getName();
        form.kind = resource.getKind();
        form.countyFips = resource.getCounties().stream().map(County::getFips).toArray(String[]::new);
        form.languages = resource.getLanguages().toArray(ServiceLanguage[]::new);
        form.topicIds = resource.getTopics().stream().map(HelplineTopic::getId).toArray(Long[]::new);
        form.contact = resource.getContact();
        return form;
    }

    ResourceDetails details() {
        EnumSet<ServiceLanguage> chosen = EnumSet.noneOf(ServiceLanguage.class);
        chosen.addAll(Arrays.asList(languages));
        return new ResourceDetails(name, kind, Arrays.asList(countyFips), chosen, Arrays.asList(topicIds), contact);
    }

    /** The resource being changed, or null for a new one. */
    Long id() {
        return id;
    }

    long version() {
        return version;
    }

    public boolean isEditing() {
        return id != null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ResourceKind getKind() {
        return kind;
    }

    public void setKind(ResourceKind kind) {
        this.kind = kind;
    }

    public String[] getCountyFips() {
        return countyFips;
    }

    public void setCountyFips(String[] countyFips) {
        this.countyFips = countyFips;
    }

    public ServiceLanguage[] getLanguages() {
        return languages;
    }

    public void setLanguages(ServiceLanguage[] languages) {
        this.languages = languages;
    }

    public Long[] getTopicIds() {
        return topicIds;
    }

    public void setTopicIds(Long[] topicIds) {
        this.topicIds = topicIds;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }
}
