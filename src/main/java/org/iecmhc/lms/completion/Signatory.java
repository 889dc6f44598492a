package org.iecmhc.lms.completion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.iecmhc.lms.platform.audit.AuditedRecord;

/** One of up to three people whose name and title are printed under the certificate, in the order of their line. */
@Entity
@Table(name = "certificate_signatory")
public class Signatory extends AuditedRecord {

    @Column(name = "line_no")
    private int line;

    private String name;

    private String title;

    protected Signatory() {
    }

    Signatory(int line, String name, String title) {
        this.line = line;
        this.name = name;
        this.title = title;
    }

    void change(String name, String title) {
        this.name = name;
        this.title = title;
    }

    @Override
    public String auditLabel() {
        return "certificate signatory " + line;
    }

    public int getLine() {
        return line;
    }

    public String getName() {
        return name;
    }

    public String getTitle() {
        return title;
    }
}
