package org.iecmhc.lms.completion;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.iecmhc.lms.platform.i18n.Messages;

/** The signed-in trainee's progress bars, on the home page and on "my progress". */
@Named
@RequestScoped
public class MyProgressView {

    @Inject
    CompletionService completion;

    @Inject
    SecurityContext security;

    private Optional<Progress> progress;

    public Progress getProgress() {
        if (progress == null) {
            progress = completion.progressOf(security.getCallerPrincipal().getName());
        }
        return progress.orElse(null);
    }

    /** Such as "12.5 of 24 hours", in the page's language. */
    public String label(Figure figure) {
        return Messages.text(figure.isHours() ? "completion.bar.hours" : "completion.bar.count",
                Figure.plain(figure.earned()), Figure.plain(figure.required()));
    }

    /** Such as "2 hours awaiting approval"; empty when nothing is pending. */
    public String pending(Figure figure) {
        if (figure.pending().signum() == 0) {
            return "";
        }
        return Messages.text(figure.isHours() ? "completion.pending.hours" : "completion.pending.count",
                Figure.plain(figure.pending()));
    }
}
