package org.iecmhc.lms.platform.counties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.List;

import org.junit.jupiter.api.Test;

class CountyLookupTest {

    private final CountyLookup lookup = new CountyLookup(List.of(county("06037", "Los Angeles"),
            county("06075", "San Francisco"), county("06019", "Fresno")));

    @Test
    void aCountyIsFoundByItsNameInAnyCaseSpacingOrAccentsWithOrWithoutTheWordCounty() {
        for (String typed : List.of("Los Angeles", "los angeles", " LOS   ANGELES ", "Los Angeles County",
                "los angeles\tcounty", "Lós Ángeles", "Los Angeles  County")) {
            assertEquals("06037", lookup.find(typed).orElseThrow().getFips(), typed);
        }
        assertEquals("06075", lookup.find("san francisco county").orElseThrow().getFips());
    }

    @Test
    void aCountyIsFoundByItsFipsCodeWithOrWithoutTheStatePrefix() {
        assertEquals("06019", lookup.find("06019").orElseThrow().getFips());
        assertEquals("06019", lookup.find("19").orElseThrow().getFips());
        assertEquals("06037", lookup.find("037").orElseThrow().getFips());
    }

    @Test
    void otherTextFindsNoCounty() {
        for (String typed : List.of("Maricopa", "LosAngeles", "County", "Los Angeles Countyx", "", "  ")) {
            assertTrue(lookup.find(typed).isEmpty(), typed);
        }
        assertTrue(lookup.find(null).isEmpty());
    }

    private static County county(String fips, String name) {
        try {
            County county = new County();
            set(county, "fips", fips);
            set(county, "name", name);
            return county;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void set(County county, String field, String value) throws ReflectiveOperationException {
        Field declared = County.class.getDeclaredField(field);
        declared.setAccessible(true);
        declared.set(county, value);
    }
}
