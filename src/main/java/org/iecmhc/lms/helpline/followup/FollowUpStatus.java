package org.iecmhc.lms.helpline.followup;

/** Whether a follow-up still waits for someone (open) or has its outcome recorded (done). */
public enum FollowUpStatus {
    OPEN, DONE;

    public String messageKey() {
        return "followUp.status." + name();
    }
}
