package org.iecmhc.lms.course;

import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import org.iecmhc.lms.platform.files.StoredFile;
import org.iecmhc.lms.platform.files.StoredFileServlet;

/**
 * Course materials and handed-in files: {@code /course/file?id=N}, with {@code &inline} for the grading page (see
 * {@link StoredFileServlet}), for whoever may read them.
 */
@WebServlet("/course/file")
public class CourseFileServlet extends StoredFileServlet {

    @Inject
    CourseReader courses;

    @Override
    protected Optional<StoredFile> readable(String email, long fileId) {
        return courses.readableFile(email, fileId);
    }
}
