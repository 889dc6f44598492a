package org.iecmhc.lms.demo;

import java.util.EnumSet;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.iecmhc.lms.platform.persistence.DatabaseReady;
import org.iecmhc.lms.provider.ProviderDetails;
import org.iecmhc.lms.provider.ProviderKind;
import org.iecmhc.lms.provider.ProviderRegistry;
import org.iecmhc.lms.provider.ProviderSearch;
import org.iecmhc.lms.provider.ServiceLanguage;

/** With {@code lms.demo=true}, a registry of child care providers across California for the demo to work with. */
@ApplicationScoped
public class DemoProviders {

    private static final Logger LOG = Logger.getLogger(DemoProviders.class.getName());

    @Inject
    DemoSwitch demo;

    @Inject
    ProviderRegistry registry;


    void onDatabaseReady(@Observes @Priority(105) DatabaseReady ready) {
        if (!demo.isOn() || registry.count(ProviderSearch.everything()) > 0) {
            return;
        }
        Object[][] providers = {
                {"Little Acorns Learning Center", ProviderKind.CENTER_BASED, "06001", "Oakland", "Maya Brooks", EnumSet.of(ServiceLanguage.EN, ServiceLanguage.ES)},
                {"Casita de Colores", ProviderKind.FAMILY_CHILD_CARE_HOME, "06037", "East Los Angeles", "Guadalupe Ramírez", EnumSet.of(ServiceLanguage.ES)},
                {"Sunrise Head Start", ProviderKind.CENTER_BASED, "06019", "Fresno", "Teresa Vang", EnumSet.of(ServiceLanguage.EN, ServiceLanguage.OTHER)},
                {"Abuela Carmen's care", ProviderKind.FFN_CAREGIVER, "06073", "Chula Vista", "Carmen Ortega", EnumSet.of(ServiceLanguage.ES)},
                {"Redwood Family Child Care", ProviderKind.FAMILY_CHILD_CARE_HOME, "06023", "Eureka", "Anna Lindqvist", EnumSet.of(ServiceLanguage.EN)},
                {"Valley Kids Early Learning", ProviderKind.CENTER_BASED, "06029", "Bakersfield", "Daniel Soto", EnumSet.of(ServiceLanguage.EN, ServiceLanguage.ES)},
                {"Pequeños Pasos", ProviderKind.FAMILY_CHILD_CARE_HOME, "06065", "Coachella", "Leticia Morales", EnumSet.of(ServiceLanguage.ES)},
                {"Bayview Children's Center", ProviderKind.CENTER_BASED, "06075", "San Francisco", "Helen Wu", EnumSet.of(ServiceLanguage.EN, ServiceLanguage.OTHER)},
                {"Grandpa Joe's", ProviderKind.FFN_CAREGIVER, "06067", "Sacramento", "Joseph Miller", EnumSet.of(ServiceLanguage.EN)},
                {"Central Coast Infant Center", ProviderKind.CENTER_BASED, "06053", "Salinas", "Rosa Castillo", EnumSet.of(ServiceLanguage.EN, ServiceLanguage.ES)},
                {"Mountain View Home Daycare", ProviderKind.FAMILY_CHILD_CARE_HOME, "06085", "San José", "Priya Raman", EnumSet.of(ServiceLanguage.EN, ServiceLanguage.OTHER)},
                {"Inland Empire Kids Campus", ProviderKind.CENTER_BASED, "06071", "San Bernardino", "Marcus Hill", EnumSet.of(ServiceLanguage.EN, ServiceLanguage.ES)}};
        for (Object[] p : providers) {
            @SuppressWarnings("unchecked")
            Set<ServiceLanguage> languages = (Set<ServiceLanguage>) p[5];
            registry.add(new ProviderDetails((String) p[0], (ProviderKind) p[1], (String) p[2], (String) p[3], null,
                    (String) p[4], "(555) 010-" + String.format("%04d", Math.abs(((String) p[0]).hashCode()) % 10000),
                    null, languages));
        }
        LOG.info(() -> "Demo data loaded: " + providers.length + " providers");
    }
}
