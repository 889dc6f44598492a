package org.iecmhc.lms.completion;

import java.io.Serializable;

/** A signatory as printed and as the administrator's form holds it: a name and a title, both empty for no one. */
public class SignatoryLine implements Serializable {

    private String name;
    private String title;

    public SignatoryLine() {
    }

    public SignatoryLine(String name, String title) {
        this.name = name;
        this.title = title;
    }

    boolean isEmpty() {
        return (name == null || name.isBlank()) && (title == null || title.isBlank());
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
