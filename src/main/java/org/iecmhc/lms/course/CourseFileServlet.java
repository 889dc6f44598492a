package org.iecmhc.lms.course;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.iecmhc.lms.platform.files.FileStore;
import org.iecmhc.lms.platform.files.StoredFile;

/**
 * Downloads of course materials and handed-in files: {@code /course/file?id=N}. Whoever may not read the file gets
 * the same 404 as for a file that does not exist, so ids reveal nothing.
 */
@WebServlet("/course/file")
public class CourseFileServlet extends HttpServlet {

    @Inject
    CourseReader courses;

    @Inject
    FileStore files;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<StoredFile> file = fileId(request.getParameter("id"))
                .flatMap(id -> courses.readableFile(request.getUserPrincipal().getName(), id));
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        StoredFile stored = file.get();
        response.setContentType(stored.getContentType());
        response.setContentLengthLong(stored.getSizeBytes());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(stored.getOriginalName(), StandardCharsets.UTF_8).replace("+", "%20"));
        try (InputStream in = files.open(stored)) {
            in.transferTo(response.getOutputStream());
        }
    }

    private static Optional<Long> fileId(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
