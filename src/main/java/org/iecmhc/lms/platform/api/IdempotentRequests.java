package org.iecmhc.lms.platform.api;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import org.iecmhc.lms.platform.api.IdempotencyKeys.Stored;

/**
 * {@code Idempotency-Key} on the calls marked {@link Idempotent}: the first request with a key is done and its
 * successful answer kept; the same request again with the same key (same caller, method, address and body, within
 * 24 hours) gets that answer again, marked {@code Idempotent-Replayed: true}, without being done twice. The same key
 * with another request is a 422 problem, and while the first is still being answered a 409 problem. A refused or
 * failed request keeps nothing, so it may be sent again with its key. Runs after the role and scope checks, so a
 * refused caller claims no key.
 */
@Provider
@Idempotent
@Priority(Priorities.USER + 100)
public class IdempotentRequests implements ContainerRequestFilter, ContainerResponseFilter, WriterInterceptor {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    /**
     * The OpenAPI extension that marks such an operation, replaced by the header's description; creates and imports
     * need none, the document finds them itself ({@code ApiDocument}).
     */
    public static final String EXTENSION = "x-idempotent";
    private static final String CLAIM = IdempotentRequests.class.getName() + ".claim";
    private static final Logger LOG = Logger.getLogger(IdempotentRequests.class.getName());

    @Inject
    IdempotencyKeys keys;

    /** A key this request claimed; status and location are filled in once the resource answered. */
    private static final class Claim {
        final String caller;
        final String key;
        int status;
        String location;

        Claim(String caller, String key) {
            this.caller = caller;
            this.key = key;
        }
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (key == null || request.getSecurityContext().getUserPrincipal() == null) {
            return;
        }
        if (key.isEmpty() || key.length() > IdempotencyKeys.MAX_KEY_LENGTH || !key.chars().allMatch(c -> c > 32 && c < 127)) {
            request.abortWith(ApiError.invalid(List.of(new ApiError.FieldError(HEADER,
                    "must be 1 to " + IdempotencyKeys.MAX_KEY_LENGTH + " visible ASCII characters, such as a UUID"))));
            return;
        }
        byte[] body = request.getEntityStream().readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(body));
        String caller = request.getSecurityContext().getUserPrincipal().getName();
        String hash = hash(request, body);
        Optional<Stored> stored;
        try {
            stored = keys.claim(caller, key, hash);
        } catch (PersistenceException | TransactionalException raced) {
            LOG.log(Level.FINE, "Idempotency-Key claimed at the same moment by another request", raced);
            request.abortWith(inProgress());
            return;
        }
        if (stored.isEmpty()) {
            request.setProperty(CLAIM, new Claim(caller, key));
        } else if (!stored.get().requestHash().equals(hash)) {
            request.abortWith(ApiError.of(ApiError.Type.KEY_REUSED, 422, "this Idempotency-Key was sent with another"
                    + " request in the last 24 hours; use a new key for a new request").toResponse());
        } else if (!stored.get().answered()) {
            request.abortWith(inProgress());
        } else {
            request.abortWith(replay(stored.get()));
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIM) instanceof Claim claim)) {
            return;
        }
        if (response.getStatusInfo().getFamily() != Response.Status.Family.SUCCESSFUL) {
            request.removeProperty(CLAIM);
            keys.release(claim.caller, claim.key);
            return;
        }
        claim.status = response.getStatus();
        claim.location = response.getHeaderString(HttpHeaders.LOCATION);
        if (!response.hasEntity()) {
            request.removeProperty(CLAIM);
            keys.answer(claim.caller, claim.key, claim.status, null, claim.location, null);
        }
    }

    /** Keeps the bytes of a successful answer as they are sent, so that a replay is the same answer byte for byte. */
    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        if (!(context.getProperty(CLAIM) instanceof Claim claim)) {
            context.proceed();
            return;
        }
        OutputStream original = context.getOutputStream();
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        context.setOutputStream(copy);
        try {
            context.proceed();
        } finally {
            context.setOutputStream(original);
        }
        byte[] body = copy.toByteArray();
        original.write(body);
        context.removeProperty(CLAIM);
        keys.answer(claim.caller, claim.key, claim.status, String.valueOf(context.getMediaType()), claim.location, body);
    }

    private static Response replay(Stored stored) {
        Response.ResponseBuilder answer = Response.status(stored.status()).header(REPLAYED, "true");
        if (stored.body() != null) {
            answer.entity(stored.body()).type(stored.contentType());
        }
        if (stored.location() != null) {
            answer.header(HttpHeaders.LOCATION, stored.location());
        }
        return answer.build();
    }

    private static Response inProgress() {
        return ApiError.response(Response.Status.CONFLICT, "a request with this Idempotency-Key is still being answered;"
                + " send it again in a moment");
    }

    /** The request as the key stands for it: method, address with its query, and body. */
    private static String hash(ContainerRequestContext request, byte[] body) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update((request.getMethod() + " " + request.getUriInfo().getRequestUri().getRawPath() + "?"
                    + request.getUriInfo().getRequestUri().getRawQuery() + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new WebApplicationException(e);
        }
    }
}
