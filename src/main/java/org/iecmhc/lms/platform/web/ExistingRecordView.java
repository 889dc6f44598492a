package org.iecmhc.lms.platform.web;

/**
 * A view scoped page about a record that exists already (an evaluation, a template, a course's results): it makes
 * none, so without its parameter it shows its not-found panel like for a record that is missing.
 */
public abstract class ExistingRecordView extends RecordView {

    @Override
    protected final boolean prepareNew() {
        return false;
    }
}
