package org.iecmhc.lms.platform.api;

import jakarta.annotation.Priority;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A change that fails at commit, such as the second of two saves of the same version caught by the optimistic lock,
 * reaches the API as a {@link TransactionalException}. Jersey's own mapper of that type, nearer than
 * {@link ApiExceptionMapper}'s {@code Throwable}, re-throws it, so the caller got the HTML error page instead of the
 * 409 problem; this one, nearer still by its priority, hands it to the API's mapper like any other failure.
 */
@Provider
@Priority(Priorities.USER)
public class TransactionFailureMapper implements ExceptionMapper<TransactionalException> {

    private final ApiExceptionMapper mapper = new ApiExceptionMapper();

    @Override
    public Response toResponse(TransactionalException failure) {
        return mapper.toResponse(failure);
    }
}
