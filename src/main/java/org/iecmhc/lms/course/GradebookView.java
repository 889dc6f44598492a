package org.iecmhc.lms.course;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** A course's gradebook on screen and as a CSV download. */
@Named
@ViewScoped
public class GradebookView implements Serializable {

    @Inject
    Gradebooks gradebooks;

    @Inject
    CurrentViewer viewer;

    private Long courseId;
    // computed again after the session moved to another cluster member, rather than serialized with it
    private transient Gradebook gradebook;

    public void load() {
        if (gradebook == null && courseId != null) {
            gradebook = gradebooks.forCourse(viewer.get().email(), courseId).orElse(null);
        }
    }

    /** The export, with a byte-order mark so that spreadsheet programs read the Spanish names as UTF-8. */
    public StreamedContent getCsv() {
        String csv = "\uFEFF" + GradebookCsv.write(gradebook, Messages::text);
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder()
                .name("gradebook-" + gradebook.courseId() + ".csv")
                .contentType("text/csv; charset=UTF-8")
                .contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    public Gradebook getGradebook() {
        return gradebook;
    }

    public Long getCourseId() {
        return courseId;
    }

    public void setCourseId(Long courseId) {
        this.courseId = courseId;
    }
}
