package org.iecmhc.lms.offering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.iecmhc.lms.platform.errors.InputRejected;
import org.junit.jupiter.api.Test;

class OfferingTermsTest {

    @Test
    void noCapacityMeansNotOpenAndAnOpenOfferingHasOneToAThousandSeats() {
        assertFalse(new OfferingTerms(null, OfferingFormat.ONLINE, null).isOpen());
        assertTrue(new OfferingTerms(1, OfferingFormat.IN_PERSON, null).isOpen());
        for (int seats : new int[] {0, -3, OfferingTerms.MAX_CAPACITY + 1}) {
            assertEquals("capacity", assertThrows(InputRejected.class,
                    () -> new OfferingTerms(seats, OfferingFormat.ONLINE, null)).field());
        }
    }

    @Test
    void theMeetingLinkIsAWebAddressOrNothing() {
        assertEquals("https://meet.example.org/a", new OfferingTerms(5, null, "  https://meet.example.org/a ").getMeetingLink());
        assertNull(new OfferingTerms(5, null, "  ").getMeetingLink());
        assertEquals(OfferingFormat.ONLINE, new OfferingTerms(5, null, null).getFormat(), "online unless said otherwise");
        for (String link : new String[] {"javascript:alert(1)", "meet.example.org", "https://a b", "https://x/\"<b>",
                "https://" + "a".repeat(OfferingTerms.MEETING_LINK)}) {
            assertEquals("meetingLink", assertThrows(InputRejected.class,
                    () -> new OfferingTerms(5, OfferingFormat.ONLINE, link)).field(), link);
        }
    }
}
