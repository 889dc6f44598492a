package org.iecmhc.lms.identity;

import java.io.Serializable;
import java.util.Set;

import org.iecmhc.lms.platform.i18n.Language;

/** Who a person is, as typed: the account form and a cohort's "enrol one person" form both start from it. */
public class PersonForm implements Serializable {

    private String email;
    private String firstName;
    private String lastName;
    private Language language = Language.EN;

    static PersonForm of(Account account) {
        PersonForm form = new PersonForm();
        form.email = account.getEmail();
        form.firstName = account.getFirstName();
        form.lastName = account.getLastName();
        form.language = account.getPreferredLanguage();
        return form;
    }

    AccountDetails details(Set<Role> roles) {
        return new AccountDetails(email, firstName, lastName, language, roles);
    }

    /** Ready for the next person; the language stays, as people are often entered in a row. */
    protected void next() {
        email = null;
        firstName = null;
        lastName = null;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }
}
