package org.iecmhc.lms.course;

import java.io.Serializable;

import jakarta.servlet.http.Part;

/** The course page's "add material" form: a link or an uploaded file, with its title, in one of the modules. */
public class MaterialForm implements Serializable {

    private Long moduleId;
    private String title;
    private String url;
    private transient Part file;

    public Long getModuleId() {
        return moduleId;
    }

    public void setModuleId(Long moduleId) {
        this.moduleId = moduleId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
