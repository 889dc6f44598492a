package org.iecmhc.lms.notification;

import static org.iecmhc.lms.platform.api.ApiValues.NAMES;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iecmhc.lms.platform.api.Paging;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.platform.security.Roles;

/** The caller's own notifications: a page of them, and marking one read. Another person's are not found. */
@Path("/notifications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.TRAINEE, Roles.FACULTY, Roles.ADMINISTRATOR, Roles.HELPLINE_STAFF, Roles.CONSULTANT})
public class NotificationsResource {

    static final int DEFAULT_SIZE = 20;

    @Inject
    Notifications notifications;

    @GET
    @Operation(summary = "The caller's notifications, newest first, a page at a time (size 1-100, default 20),"
            + " each in the caller's language")
    @Extension(name = Paging.EXTENSION, value = "true")
    public PageJson list(@Context SecurityContext security, @Context UriInfo uri, @Context HttpServletRequest request) {
        Paging paging = Paging.of(uri, DEFAULT_SIZE, Notifications.MAX_PAGE_SIZE);
        String email = security.getUserPrincipal().getName();
        Locale locale = notifications.languageOf(email).orElse(Language.EN).locale();
        NotificationPage shown = notifications.page(email, paging.page(), paging.size());
        List<NotificationJson> items = shown.rows().stream().map(n -> NotificationJson.of(n, locale)).toList();
        return paging.answer(new PageJson(shown.page(), shown.size(), shown.total(), items), shown.total(), uri, request);
    }

    @POST
    @Path("/{id}/read")
    @Operation(summary = "Marks one of the caller's notifications read; another person's is not found")
    public NotificationJson read(@PathParam("id") long id, @Context SecurityContext security) {
        String email = security.getUserPrincipal().getName();
        Locale locale = notifications.languageOf(email).orElse(Language.EN).locale();
        return notifications.markRead(email, id).map(n -> NotificationJson.of(n, locale))
                .orElseThrow(NotFoundException::new);
    }

    public record PageJson(int page, int size, long total, List<NotificationJson> items) {
    }

    public record NotificationJson(long id,
                                   @Schema(extensions = @Extension(name = NAMES, value = "notification.NotificationKind")) String kind,
                                   String text, String link,
                                   @Schema(format = "date-time") String createdAt, boolean read) {

        static NotificationJson of(Notification n, Locale locale) {
            return new NotificationJson(n.getId(), n.getKind().name(), n.text(locale), n.getLinkPath(),
                    n.getCreatedAt().toString() + "Z", n.isRead());
        }
    }
}
