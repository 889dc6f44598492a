package org.iecmhc.lms.offering;

import java.io.Serializable;

/** An offering that has been held and where its recording can be watched, for its public page. */
public record RecordedOffering(Offering offering, String recordingLink) implements Serializable {

    public Offering getOffering() {
        return offering;
    }

    public String getRecordingLink() {
        return recordingLink;
    }
}
