package org.iecmhc.lms.completion;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.security.CurrentViewer;

/** The signed-in trainee's progress bars, on the home page and on "my progress". */
@Named
@RequestScoped
public class MyProgressView {

    @Inject
    Completions completion;

    @Inject
    CurrentViewer viewer;

    private Map<String, Progress> byCohort;

    /** One progress per cohort the trainee follows or finished, the latest first. */
    public List<Progress> getProgresses() {
        return new ArrayList<>(byCohort().values());
    }

    public String cohortOf(Progress progress) {
        return byCohort().entrySet().stream().filter(e -> e.getValue() == progress).map(Map.Entry::getKey)
                .findFirst().orElse("");
    }

    private Map<String, Progress> byCohort() {
        if (byCohort == null) {
            byCohort = completion.progressesOf(viewer.email());
        }
        return byCohort;
    }

    /** Such as "12.5" for 12.50 hours and "6" for six meetings. */
    public String plain(BigDecimal amount) {
        return Figure.plain(amount);
    }

    /** Such as "12.5 of 24 hours", in the page's language. */
    public String label(Figure figure) {
        return Messages.text(figure.isHours() ? "completion.bar.hours" : "completion.bar.count",
                Figure.plain(figure.earned()), Figure.plain(figure.required()));
    }

    /** Such as "2 hours awaiting approval · 6 hours scheduled"; empty when nothing is pending or scheduled. */
    public String pending(Figure figure) {
        List<String> parts = new ArrayList<>();
        if (figure.pending().signum() != 0) {
            parts.add(Messages.text(figure.isHours() ? "completion.pending.hours" : "completion.pending.count",
                    Figure.plain(figure.pending())));
        }
        if (figure.scheduled().signum() != 0) {
            parts.add(Messages.text(figure.isHours() ? "completion.scheduled.hours" : "completion.scheduled.count",
                    Figure.plain(figure.scheduled())));
        }
        return String.join(" · ", parts);
    }
}
