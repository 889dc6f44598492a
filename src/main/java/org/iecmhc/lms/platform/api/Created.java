package org.iecmhc.lms.platform.api;

import java.net.URI;

import jakarta.ws.rs.core.Response;

/** The answer of every create: 201 with the new record and its address, relative to the API's root, in Location. */
public final class Created {

    private Created() {
    }

    /** {@code address} is below {@code /api/v1}, without a leading slash: "cohorts/42". */
    public static Response at(String address, Object record) {
        return Response.created(URI.create(address)).entity(record).build();
    }
}
