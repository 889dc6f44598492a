package org.iecmhc.lms.forum;

import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import org.iecmhc.lms.platform.files.StoredFile;
import org.iecmhc.lms.platform.files.StoredFileServlet;

/**
 * Downloads of forum attachments: {@code /forum/file?id=N}, for the members of the post's forum (a hidden post's
 * only for its author and moderators).
 */
@WebServlet("/forum/file")
public class ForumFileServlet extends StoredFileServlet {

    @Inject
    Forums forums;

    @Override
    protected Optional<StoredFile> readable(String email, long fileId) {
        return forums.readableAttachment(email, fileId);
    }
}
