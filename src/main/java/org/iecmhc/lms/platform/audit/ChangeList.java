package org.iecmhc.lms.platform.audit;

import java.io.Serializable;
import java.util.List;

/**
 * What an update changed, as far as the audit entry could hold it: the changes kept, and how many more there were
 * ("and N more changes"), so that a long list is shortened visibly rather than silently.
 */
public record ChangeList(List<FieldChange> changes, int more) implements Serializable {

    public static final ChangeList NONE = new ChangeList(List.of(), 0);

    public boolean isEmpty() {
        return changes.isEmpty() && more == 0;
    }
}
