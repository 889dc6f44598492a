package org.iecmhc.lms.scale;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.iecmhc.lms.provider.ProviderKind;
import org.iecmhc.lms.provider.ServiceLanguage;

/** The provider registry over the 58 counties, weighted so that the populous counties hold most programs. */
final class ScaleProviders {

    /** Rough shares of the state's children; every other county weighs 1. */
    private static final Map<String, Integer> WEIGHTS = Map.ofEntries(Map.entry("06037", 40), Map.entry("06073", 12),
            Map.entry("06059", 12), Map.entry("06065", 10), Map.entry("06071", 10), Map.entry("06085", 8),
            Map.entry("06001", 7), Map.entry("06067", 7), Map.entry("06013", 5), Map.entry("06019", 5),
            Map.entry("06029", 4), Map.entry("06111", 3), Map.entry("06077", 3), Map.entry("06075", 3));
    private static final List<String> NAMES = List.of("Little Sprouts", "Sunshine", "Rainbow", "Bright Beginnings",
            "Casita", "Tiny Steps", "Golden Bear", "Oak Tree", "Los Niños", "Discovery", "Hummingbird", "Seaside");

    private final ScaleContext context;

    ScaleProviders(ScaleContext context) {
        this.context = context;
    }

    void load() throws SQLException {
        context.log.begin("providers");
        Random random = context.random("providers");
        List<String> counties = weightedCounties();
        int count = context.settings.scaled(10_000, 100);
        try (BulkInsert providers = context.insert("provider", "id", "name", "kind", "county_fips", "city",
                "license_number", "contact_name", "contact_phone", "contact_email", "active");
             BulkInsert languages = context.insert("provider_language", "provider_id", "language")
                     .after(providers)) {
            for (int n = 1; n <= count; n++) {
                long id = context.nextId("provider");
                String county = ScaleContext.pick(random, counties);
                int roll = random.nextInt(10);
                ProviderKind kind = roll < 5 ? ProviderKind.CENTER_BASED : roll < 8 ? ProviderKind.FAMILY_CHILD_CARE_HOME
                        : ProviderKind.FFN_CAREGIVER;
                String name = ScaleContext.pick(random, NAMES) + (kind == ProviderKind.CENTER_BASED ? " Child Care Center "
                        : kind == ProviderKind.FAMILY_CHILD_CARE_HOME ? " Family Child Care " : " Family Care ") + n;
                providers.row(id, name, kind, county, "City " + county.substring(2), kind == ProviderKind.FFN_CAREGIVER
                        ? null : String.format("%09d", 100_000_000 + n), "Director " + n,
                        String.format("(555) %03d-%04d", n % 1000, n % 10_000), "provider" + n + "@example.org",
                        random.nextInt(20) != 0);
                boolean spanish = random.nextInt(2) == 0;
                if (!spanish || random.nextInt(3) != 0) {
                    languages.row(id, ServiceLanguage.EN);
                }
                if (spanish) {
                    languages.row(id, ServiceLanguage.ES);
                }
                if (random.nextInt(10) == 0) {
                    languages.row(id, ServiceLanguage.OTHER);
                }
                context.providers.add(id);
                context.providerCounty.put(id, county);
            }
        }
        context.log.end();
    }

    private List<String> weightedCounties() throws SQLException {
        List<String> weighted = new ArrayList<>();
        try (var statement = context.connection.createStatement();
             var found = statement.executeQuery("select fips from county order by fips")) {
            while (found.next()) {
                String fips = found.getString(1);
                for (int w = 0; w < WEIGHTS.getOrDefault(fips, 1); w++) {
                    weighted.add(fips);
                }
            }
        }
        return weighted;
    }

    /** The counties, weighted as the providers are: for records that name a county without a provider. */
    static List<String> counties(ScaleContext context) throws SQLException {
        return new ScaleProviders(context).weightedCounties();
    }
}
