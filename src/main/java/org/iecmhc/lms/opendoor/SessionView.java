package org.iecmhc.lms.opendoor;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.AccountService;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.provider.Provider;
import org.iecmhc.lms.provider.ProviderDetails;
import org.iecmhc.lms.provider.ProviderKind;
import org.iecmhc.lms.provider.ProviderRegistry;
import org.iecmhc.lms.provider.ServiceLanguage;

/**
 * One Open-Door session: its details, and once saved, who attended and what they thought. A consultant opens
 * only their own sessions.
 */
@Named
@ViewScoped
public class SessionView implements Serializable {

    private static final int SUGGESTIONS = 10;

    @Inject
    OpenDoorSessions sessions;

    @Inject
    ProviderRegistry providers;

    @Inject
    AccountService accounts;

    @Inject
    CurrentViewer viewer;

    private Long id;
    private long version;
    private boolean loaded;
    private boolean notFound;
    private LocalDate heldOn;
    private String title;
    private ServiceLanguage language;
    private Long facilitatorId;

    private List<RatingRow> attendance;
    private Provider attendee;
    private String newProviderName;
    private ProviderKind newProviderKind;
    private String newProviderCounty;

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (id == null) {
            if (!viewer.get().administrator()) {
                facilitatorId = accounts.findByEmail(viewer.get().email()).map(Account::getId).orElse(null);
            }
            return;
        }
        sessions.find(viewer.get(), id).ifPresentOrElse(session -> {
            version = session.getVersion();
            heldOn = session.getHeldOn();
            title = session.getTitle();
            language = session.getLanguage();
            facilitatorId = session.getFacilitator().getId();
        }, () -> notFound = true);
    }

    public String save() {
        try {
            if (id == null) {
                OpenDoorSession session = sessions.schedule(heldOn, title, language, facilitatorOrSelf());
                Messages.infoAcrossRedirect("opendoor.session.saved");
                return "/opendoor/session.xhtml?faces-redirect=true&id=" + session.getId();
            }
            version = sessions.change(viewer.get(), id, version, heldOn, title, language, facilitatorOrSelf()).getVersion();
        } catch (InputRejected rejected) {
            Messages.reject("session", rejected);
            return null;
        }
        Messages.info("opendoor.session.saved");
        return null;
    }

    public void addAttendee() {
        if (attendee == null) {
            Messages.error("attendance:provider", "opendoor.attendance.chooseProvider");
            return;
        }
        try {
            sessions.attend(viewer.get(), id, attendee.getId());
            attendee = null;
            attendance = null;
            Messages.info("opendoor.attendance.added");
        } catch (InputRejected rejected) {
            Messages.reject("attendance", rejected);
        }
    }

    public void addNewProvider() {
        try {
            sessions.attendNewProvider(viewer.get(), id, new ProviderDetails(newProviderName, newProviderKind,
                    newProviderCounty, null, null, null, null, null, EnumSet.of(language)));
        } catch (InputRejected rejected) {
            String field = "name".equals(rejected.field()) ? "newName" : "county".equals(rejected.field()) ? "newCounty"
                    : "kind".equals(rejected.field()) ? "newKind" : rejected.field();
            Messages.error("newProvider:" + field, rejected.messageKey());
            return;
        }
        attendance = null;
        newProviderName = null;
        newProviderKind = null;
        newProviderCounty = null;
        Messages.info("opendoor.attendance.added");
    }

    public void rate(RatingRow row) {
        try {
            sessions.rate(viewer.get(), row.getAttendanceId(), row.getSurvey().answer());
            Messages.info("opendoor.rating.saved");
        } catch (InputRejected rejected) {
            Messages.error(null, rejected.messageKey());
        }
    }

    public void remove(long attendanceId) {
        sessions.removeAttendance(viewer.get(), attendanceId);
        attendance = null;
        Messages.info("opendoor.attendance.removed");
    }

    /** Kept for the life of the page so that what is typed in a row survives until that row is saved. */
    public List<RatingRow> getAttendance() {
        if (attendance == null) {
            attendance = id == null || notFound ? List.of()
                    : sessions.attendance(viewer.get(), id).stream().map(RatingRow::new).toList();
        }
        return attendance;
    }

    public List<Provider> suggestProviders(String text) {
        return providers.suggest(text, SUGGESTIONS);
    }

    public List<Account> getFacilitators() {
        return accounts.activeWithRole(Role.CONSULTANT);
    }

    public boolean isAdministrator() {
        return viewer.get().administrator();
    }

    public ServiceLanguage[] getLanguages() {
        return new ServiceLanguage[] {ServiceLanguage.EN, ServiceLanguage.ES};
    }

    public ProviderKind[] getKinds() {
        return ProviderKind.values();
    }

    private long facilitatorOrSelf() {
        if (facilitatorId == null) {
            throw new InputRejected("facilitator", "opendoor.facilitator.required");
        }
        return facilitatorId;
    }

    public boolean isNew() {
        return id == null;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public ServiceLanguage getLanguage() {
        return language;
    }

    public void setLanguage(ServiceLanguage language) {
        this.language = language;
    }

    public Long getFacilitatorId() {
        return facilitatorId;
    }

    public void setFacilitatorId(Long facilitatorId) {
        this.facilitatorId = facilitatorId;
    }

    public Provider getAttendee() {
        return attendee;
    }

    public void setAttendee(Provider attendee) {
        this.attendee = attendee;
    }

    public String getNewProviderName() {
        return newProviderName;
    }

    public void setNewProviderName(String newProviderName) {
        this.newProviderName = newProviderName;
    }

    public ProviderKind getNewProviderKind() {
        return newProviderKind;
    }

    public void setNewProviderKind(ProviderKind newProviderKind) {
        this.newProviderKind = newProviderKind;
    }

    public String getNewProviderCounty() {
        return newProviderCounty;
    }

    public void setNewProviderCounty(String newProviderCounty) {
        this.newProviderCounty = newProviderCounty;
    }
}
