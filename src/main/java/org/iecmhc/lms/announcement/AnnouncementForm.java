package org.iecmhc.lms.announcement;

import java.io.Serializable;
import java.time.LocalDate;

import org.iecmhc.lms.identity.Role;

/** What the compose form binds; {@link #details()} hands it to the service. */
public class AnnouncementForm implements Serializable {

    private Audience audience;
    private Long cohortId;
    private Role role;
    private Long courseId;
    private String titleEn;
    private String bodyEn;
    private String titleEs;
    private String bodyEs;
    private LocalDate lastDay;
    private boolean mail;

    public AnnouncementDetails details() {
        return new AnnouncementDetails(audience, cohortId, role, courseId, titleEn, bodyEn, titleEs, bodyEs, lastDay, mail);
    }

    public Audience getAudience() {
        return audience;
    }

    public void setAudience(Audience audience) {
        this.audience = audience;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public void setCohortId(Long cohortId) {
        this.cohortId = cohortId;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Long getCourseId() {
        return courseId;
    }

    public void setCourseId(Long courseId) {
        this.courseId = courseId;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getBodyEn() {
        return bodyEn;
    }

    public void setBodyEn(String bodyEn) {
        this.bodyEn = bodyEn;
    }

    public String getTitleEs() {
        return titleEs;
    }

    public void setTitleEs(String titleEs) {
        this.titleEs = titleEs;
    }

    public String getBodyEs() {
        return bodyEs;
    }

    public void setBodyEs(String bodyEs) {
        this.bodyEs = bodyEs;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(LocalDate lastDay) {
        this.lastDay = lastDay;
    }

    public boolean isMail() {
        return mail;
    }

    public void setMail(boolean mail) {
        this.mail = mail;
    }
}
