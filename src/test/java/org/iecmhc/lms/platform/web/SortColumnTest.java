package org.iecmhc.lms.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SortColumnTest {

    enum Column implements SortColumn {
        @SortPath("name") NAME, @SortPath("county.name") COUNTY
    }

    @Test
    void theTableFieldPicksTheColumnWithThatPath() {
        assertEquals(Column.COUNTY, SortColumn.sorting(Column.NAME, true).fromField().fromField("county.name"));
    }

    @Test
    void anUnknownOrMissingFieldFallsBackToTheListsFirstOrder() {
        PagedList.Sorting<Column> sorting = SortColumn.sorting(Column.COUNTY, false);
        assertEquals(Column.COUNTY, sorting.fromField().fromField("name; drop table provider"));
        assertEquals(Column.COUNTY, sorting.fromField().fromField(null));
        assertEquals(Column.COUNTY, sorting.column());
        assertFalse(sorting.ascending());
    }

    @Test
    void aColumnsPathIsTheOneWrittenBesideIt() {
        assertEquals("county.name", Column.COUNTY.path());
        assertEquals("name", Column.NAME.path());
    }

    @Test
    void theOrderTakesThePathFromTheQueryRoot() {
        assertEquals(" order by p.county.name desc", Column.COUNTY.orderBy("p", false));
        assertTrue(Column.NAME.orderBy("p", true).endsWith("p.name asc"));
    }
}
