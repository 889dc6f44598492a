package org.iecmhc.lms.offering;

import java.io.Serializable;

import org.iecmhc.lms.platform.i18n.Language;

/** What the registration form holds between requests; the page binds it, the service checks it. */
public class RegistrationForm implements Serializable {

    private String name;
    private String email;
    private String program;
    private String countyFips;
    private ParticipantRole role;
    private Language language;
    private String website;

    RegistrantDetails details() {
        return new RegistrantDetails(name, email, program, countyFips, role, language, website);
    }

    public ParticipantRole[] getRoles() {
        return ParticipantRole.values();
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getProgram() {
        return program;
    }

    public void setProgram(String program) {
        this.program = program;
    }

    public String getCountyFips() {
        return countyFips;
    }

    public void setCountyFips(String countyFips) {
        this.countyFips = countyFips;
    }

    public ParticipantRole getRole() {
        return role;
    }

    public void setRole(ParticipantRole role) {
        this.role = role;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }
}
