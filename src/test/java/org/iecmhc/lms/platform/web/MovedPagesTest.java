package org.iecmhc.lms.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class MovedPagesTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");

    @Test
    void anOldAddressGoesToTheNewOneWithItsQuery() {
        assertEquals(Optional.of("/cohort/cohorts.xhtml"), MovedPages.newAddress("/admin/cohorts.xhtml", null));
        assertEquals(Optional.of("/cohort/enrollments.xhtml?cohort=7&lang=es"),
                MovedPages.newAddress("/admin/enrollments.xhtml", "cohort=7&lang=es"));
        assertEquals(Optional.of("/community/series.xhtml?id=3"), MovedPages.newAddress("/practice/series.xhtml", "id=3"));
        assertEquals(Optional.of("/provider/provider.xhtml?id=1"), MovedPages.newAddress("/providers/provider.xhtml", "id=1"));
        assertEquals(Optional.of("/reporting/impact.xhtml?from=2021-2022"),
                MovedPages.newAddress("/reports/impact.xhtml", "from=2021-2022"));
    }

    @Test
    void anAddressThatDidNotMoveIsLeftAlone() {
        assertEquals(Optional.empty(), MovedPages.newAddress("/admin/unknown.xhtml", "id=1"));
        assertEquals(Optional.empty(), MovedPages.newAddress("/practicum/log.xhtml", null));
    }

    /** Each page is at exactly one of its two addresses: the table never points at nothing nor hides a page. */
    @Test
    void everyMovedPageIsAtOneOfItsAddresses() {
        MovedPages.MOVED.forEach((from, to) -> assertTrue(
                Files.exists(WEBAPP.resolve(from.substring(1))) != Files.exists(WEBAPP.resolve(to.substring(1))),
                from + " -> " + to));
    }
}
