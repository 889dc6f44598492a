package org.iecmhc.lms.offering;

import java.io.Serializable;

/** An offering open for registration and how many of its seats are free (zero: new registrants wait). */
public record OpenOffering(Offering offering, int seatsLeft) implements Serializable {

    public Offering getOffering() {
        return offering;
    }

    public int getSeatsLeft() {
        return seatsLeft;
    }
}
