package org.iecmhc.lms.helpline;

import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.iecmhc.lms.platform.audit.AuditedRecord;

/** One entry of the editable list of things callers ask about. */
@Entity
@Table(name = "helpline_topic")
public class HelplineTopic extends AuditedRecord {

    private String code;

    private String nameEn;

    private String nameEs;

    private boolean active = true;

    private int position;

    protected HelplineTopic() {
    }

    public HelplineTopic(String code, String nameEn, String nameEs, int position) {
        this.code = code;
        rename(nameEn, nameEs);
        this.position = position;
    }

    void rename(String nameEn, String nameEs) {
        this.nameEn = nameEn.trim();
        this.nameEs = nameEs.trim();
    }

    void setActive(boolean active) {
        this.active = active;
    }

    /** The name in the language of the page. */
    public String name(Locale locale) {
        return "es".equals(locale.getLanguage()) ? nameEs : nameEn;
    }

    @Override
    public String auditLabel() {
        return code;
    }

    public String getCode() {
        return code;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNameEs() {
        return nameEs;
    }

    public boolean isActive() {
        return active;
    }

    public int getPosition() {
        return position;
    }
}
