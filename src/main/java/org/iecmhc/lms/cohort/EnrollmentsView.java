package org.iecmhc.lms.cohort;

import java.io.Serializable;
import java.time.Clock;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.identity.InvitationColumn;
import org.iecmhc.lms.identity.InvitationState;
import org.iecmhc.lms.identity.Invitations;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.web.FormAction;
import org.iecmhc.lms.platform.web.PagedList;
import org.iecmhc.lms.platform.time.PacificTime;
import org.primefaces.PrimeFaces;
import org.primefaces.model.LazyDataModel;

/** One cohort's enrollments: the list, enrolling one person, and moving an enrollment along its lifecycle. */
@Named
@ViewScoped
public class EnrollmentsView implements Serializable {

    private static final int SUGGESTIONS = 10;

    @Inject
    Cohorts cohorts;

    @Inject
    Enrollments enrollments;

    @Inject
    Invitations invitations;

    @Inject
    Clock clock;

    private Long cohortId;
    private Cohort cohort;
    private long active;
    private String search;

    private final EnrolForm enrolForm = new EnrolForm();
    private WithdrawalForm withdrawal = new WithdrawalForm(null, null);
    private final InvitationColumn invitationColumn = new InvitationColumn();

    private final LazyDataModel<Enrollment> model = PagedList.of(
            () -> enrollments.countMatching(cohortId, search),
            (first, size) -> enrollments.search(cohortId, search, first, size), Enrollment::getId);

    /** Reads the cohort on every request so the header's counts and status stay current. */
    public void load() {
        cohort = cohortId == null ? null : cohorts.find(cohortId).orElse(null);
        active = cohort == null ? 0 : cohorts.activeEnrollments(cohortId);
    }

    public void enrol() {
        if (FormAction.done(() -> enrollments.enrol(cohortId, enrolForm.getEmail(), enrolForm.getFirstName(),
                        enrolForm.getLastName(), enrolForm.getLanguage(), enrolForm.getInitialStatus(),
                        enrolForm.getEnrolledOn()), FormAction.toFields("enrol"), "enrollment.created")) {
            enrolForm.next();
            load();
        }
    }

    public void resendInvitations() {
        Messages.info("invitation.resentMany", enrollments.resendInvitations(cohortId));
        invitationColumn.forget();
    }

    public InvitationState invitation(long accountId) {
        return invitationColumn.of(accountId,
                model.getWrappedData().stream().map(e -> e.getTrainee().getId()).toList(), invitations);
    }

    public List<String> suggestTrainees(String typed) {
        return enrollments.traineeEmailsStartingWith(typed, SUGGESTIONS);
    }

    public void accept(long enrollmentId) {
        change(() -> enrollments.accept(enrollmentId, null), "enrollment.accepted");
    }

    public void notComplete(long enrollmentId) {
        change(() -> enrollments.end(enrollmentId, EnrollmentStatus.NOT_COMPLETED, null), "enrollment.notCompletedNow");
    }

    public void startWithdrawal(long enrollmentId) {
        withdrawal = new WithdrawalForm(enrollmentId, PacificTime.today(clock));
    }

    public void withdraw() {
        if (FormAction.done(() -> enrollments.withdraw(withdrawal.enrollmentId(), withdrawal.getWithdrawnOn(),
                withdrawal.getReason()), FormAction.toFields("withdrawal"), "enrollment.withdrawnNow")) {
            PrimeFaces.current().executeScript("PF('withdrawDialog').hide()");
            load();
        }
    }

    private void change(Runnable transition, String doneKey) {
        FormAction.done(transition, FormAction.toMessage(null), doneKey);
        load();
    }

    public List<Language> getLanguages() {
        return List.of(Language.values());
    }

    public List<EnrollmentStatus> getInitialStatuses() {
        return EnrollmentStatus.activeOnes();
    }

    public LazyDataModel<Enrollment> getModel() {
        return model;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public long getActive() {
        return active;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public void setCohortId(Long cohortId) {
        this.cohortId = cohortId;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public EnrolForm getEnrolForm() {
        return enrolForm;
    }

    public WithdrawalForm getWithdrawal() {
        return withdrawal;
    }
}
