package org.iecmhc.lms.platform.errors;

/**
 * A save based on a version of a record that someone else has replaced since the form was opened. Not an
 * {@link InputRejected}: nothing typed is wrong, so no field gets the blame; the page keeps what was typed and offers
 * a reload ({@link FacesFailureHandler}), the API answers 409 Conflict.
 */
public class RecordChangedMeanwhile extends RuntimeException {

    public RecordChangedMeanwhile(String record) {
        super(record + " was changed by someone else");
    }
}
