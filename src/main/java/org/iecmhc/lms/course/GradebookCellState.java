package org.iecmhc.lms.course;

/**
 * Where one trainee's work on one assignment stands in the gradebook, shown as text with an icon so that no state is
 * told by colour alone. Lateness is a mark of its own, beside any state of handed-in work.
 */
public enum GradebookCellState {
    GRADED("pi pi-check"),
    WAITING("pi pi-inbox"),
    RETURNED("pi pi-replay"),
    MISSING("pi pi-exclamation-triangle"),
    NOT_YET_DUE("pi pi-clock");

    private final String icon;

    GradebookCellState(String icon) {
        this.icon = icon;
    }

    public String messageKey() {
        return "grading.cell." + name();
    }

    public String getIcon() {
        return icon;
    }
}
