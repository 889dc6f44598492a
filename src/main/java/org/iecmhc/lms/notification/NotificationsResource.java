package org.iecmhc.lms.notification;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.iecmhc.lms.platform.api.ApiError;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.platform.security.Roles;

/** The caller's own notifications: a page of them, and marking one read. Another person's are not found. */
@Path("/notifications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.TRAINEE, Roles.FACULTY, Roles.ADMINISTRATOR, Roles.HELPLINE_STAFF, Roles.CONSULTANT})
public class NotificationsResource {

    static final int DEFAULT_SIZE = 20;
    private static final String BAD_PAGING = "page is a whole number from 0 and size one from 1 to "
            + Notifications.MAX_PAGE_SIZE;

    @Inject
    Notifications notifications;

    @GET
    @Operation(summary = "The caller's notifications, newest first, a page at a time (size 1-100, default 20),"
            + " each in the caller's language")
    public Response list(@QueryParam("page") String page, @QueryParam("size") String size,
                         @Context SecurityContext security) {
        Integer pageNumber = wholeNumber(page, 0, 0, Integer.MAX_VALUE / Notifications.MAX_PAGE_SIZE);
        Integer pageSize = wholeNumber(size, DEFAULT_SIZE, 1, Notifications.MAX_PAGE_SIZE);
        if (pageNumber == null || pageSize == null) {
            return ApiError.response(Response.Status.BAD_REQUEST, BAD_PAGING);
        }
        String email = security.getUserPrincipal().getName();
        Locale locale = notifications.languageOf(email).orElse(Language.EN).locale();
        NotificationPage shown = notifications.page(email, pageNumber, pageSize);
        List<NotificationJson> items = shown.rows().stream().map(n -> NotificationJson.of(n, locale)).toList();
        return Response.ok(new PageJson(shown.page(), shown.size(), shown.total(), items)).build();
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

    /** The parameter as a number in range, the default when absent, null when it is anything else. */
    private static Integer wholeNumber(String parameter, int absent, int min, int max) {
        if (parameter == null) {
            return absent;
        }
        if (!parameter.matches("\\d{1,9}")) {
            return null;
        }
        int value = Integer.parseInt(parameter);
        return value < min || value > max ? null : value;
    }

    public record PageJson(int page, int size, long total, List<NotificationJson> items) {
    }

    public record NotificationJson(long id, String kind, String text, String link, String createdAt, boolean read) {

        static NotificationJson of(Notification n, Locale locale) {
            return new NotificationJson(n.getId(), n.getKind().name(), n.text(locale), n.getLinkPath(),
                    n.getCreatedAt().toString() + "Z", n.isRead());
        }
    }
}
