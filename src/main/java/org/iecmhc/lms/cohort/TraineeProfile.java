package org.iecmhc.lms.cohort;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.platform.audit.AuditedRecord;
import org.iecmhc.lms.platform.counties.County;

/**
 * A trainee's self-reported profile and demographics. Only administrators (and the trainee) see one person's
 * answers; everyone else sees aggregates. An empty answer means "not answered yet", DECLINED means "decline to state".
 */
@Entity
@Table(name = "trainee_profile")
public class TraineeProfile extends AuditedRecord {

    @OneToOne(optional = false)
    private Account account;

    @Enumerated(EnumType.STRING)
    private RaceEthnicity raceEthnicity;

    @Enumerated(EnumType.STRING)
    private LanguageBackground language;

    @ManyToOne
    private County county;

    private String agency;

    private String discipline;

    protected TraineeProfile() {
    }

    public TraineeProfile(Account account) {
        this.account = account;
    }

    void answer(RaceEthnicity raceEthnicity, LanguageBackground language, County county, String agency, String discipline) {
        this.raceEthnicity = raceEthnicity;
        this.language = language;
        this.county = county;
        this.agency = agency;
        this.discipline = discipline;
    }

    /**
     * Keeps the race/ethnicity and language codes that the cohort demographics tables count; drops the county,
     * agency and discipline, which together could point at one person.
     */
    void forgetIdentifyingAnswers() {
        county = null;
        agency = null;
        discipline = null;
    }

    @Override
    public String auditLabel() {
        return "profile of " + account.getEmail();
    }

    public Account getAccount() {
        return account;
    }

    public RaceEthnicity getRaceEthnicity() {
        return raceEthnicity;
    }

    public LanguageBackground getLanguage() {
        return language;
    }

    public County getCounty() {
        return county;
    }

    public String getAgency() {
        return agency;
    }

    public String getDiscipline() {
        return discipline;
    }
}
