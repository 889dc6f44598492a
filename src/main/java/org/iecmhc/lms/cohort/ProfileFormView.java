package org.iecmhc.lms.cohort;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.Accounts;
import org.iecmhc.lms.platform.counties.Counties;
import org.iecmhc.lms.platform.counties.County;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.web.FormAction;

/**
 * The profile and demographics form. On /cohort/my-profile.xhtml it is the signed-in person's own; on
 * /cohort/profile.xhtml (administrators only, by web.xml) it is the account named by the {@code account} parameter.
 */
@Named
@ViewScoped
public class ProfileFormView implements Serializable {

    @Inject
    TraineeProfiles profiles;

    @Inject
    Accounts accounts;

    @Inject
    Counties counties;

    @Inject
    CurrentViewer viewer;

    private Long accountId;
    private String personName;
    private boolean loaded;
    private boolean notFound;
    private RaceEthnicity raceEthnicity;
    private LanguageBackground language;
    private String countyFips;
    private String agency;
    private String discipline;
    private List<County> countyList;

    /** The administrator's page: the account in the URL. */
    public void loadForAdministrator() {
        if (!loaded) {
            fill(accountId == null ? null : accounts.find(accountId).orElse(null));
        }
    }

    /** The trainee's page: always the signed-in person, whatever the URL says. */
    public void loadOwn() {
        if (!loaded) {
            fill(accounts.findByEmail(viewer.get().email()).orElse(null));
        }
    }

    private void fill(Account account) {
        loaded = true;
        countyList = counties.all();
        if (account == null) {
            notFound = true;
            return;
        }
        accountId = account.getId();
        personName = account.getDisplayName();
        profiles.profileOf(accountId).ifPresent(profile -> {
            raceEthnicity = profile.getRaceEthnicity();
            language = profile.getLanguage();
            countyFips = profile.getCounty() == null ? null : profile.getCounty().getFips();
            agency = profile.getAgency();
            discipline = profile.getDiscipline();
        });
    }

    public void save() {
        FormAction.done(() -> profiles.answer(accountId, new ProfileAnswers(raceEthnicity, language, countyFips, agency,
                discipline)), FormAction.toFields("profile"), "profile.saved");
    }

    public List<RaceEthnicity> getRaces() {
        return List.of(RaceEthnicity.values());
    }

    public List<LanguageBackground> getLanguages() {
        return List.of(LanguageBackground.values());
    }

    public List<County> getCounties() {
        return countyList;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public String getPersonName() {
        return personName;
    }

    public Long getAccountId() {
        return accountId;
    }

    public void setAccountId(Long accountId) {
        this.accountId = accountId;
    }

    public RaceEthnicity getRaceEthnicity() {
        return raceEthnicity;
    }

    public void setRaceEthnicity(RaceEthnicity raceEthnicity) {
        this.raceEthnicity = raceEthnicity;
    }

    public LanguageBackground getLanguage() {
        return language;
    }

    public void setLanguage(LanguageBackground language) {
        this.language = language;
    }

    public String getCountyFips() {
        return countyFips;
    }

    public void setCountyFips(String countyFips) {
        this.countyFips = countyFips;
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }

    public String getDiscipline() {
        return discipline;
    }

    public void setDiscipline(String discipline) {
        this.discipline = discipline;
    }
}
