package org.iecmhc.lms.demo;

import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.iecmhc.lms.helpline.HelplineTopic;
import org.iecmhc.lms.helpline.HelplineTopics;
import org.iecmhc.lms.helpline.ReferralDirectory;
import org.iecmhc.lms.helpline.ResourceDetails;
import org.iecmhc.lms.helpline.ResourceFilter;
import org.iecmhc.lms.helpline.ResourceKind;
import org.iecmhc.lms.platform.persistence.DatabaseReady;
import org.iecmhc.lms.provider.ServiceLanguage;

/** With {@code lms.demo=true}, a small referral directory (fictional places) for the helpline's call form to offer. */
@ApplicationScoped
public class DemoReferrals {

    private static final Logger LOG = Logger.getLogger(DemoReferrals.class.getName());

    @Inject
    DemoSwitch demo;

    @Inject
    ReferralDirectory directory;

    @Inject
    HelplineTopics helplineTopics;

    void onDatabaseReady(@Observes @Priority(131) DatabaseReady ready) {
        if (!demo.isOn() || directory.count(ResourceFilter.everything()) > 0) {
            return;
        }
        add("Central Valley Early Childhood Mental Health Clinic", ResourceKind.MENTAL_HEALTH, List.of("06019", "06029", "06107"),
                "(555) 010-2001, intake@cv-clinic.example.org", "CHALLENGING_BEHAVIOR", "TRAUMA");
        add("Golden State Parent Warmline", ResourceKind.FAMILY_SUPPORT, List.of(),
                "(555) 010-2002, warmline.example.org", "FAMILY_COMMUNICATION", "SLEEP", "SEPARATION");
        add("Los Angeles Early Start Office", ResourceKind.EARLY_INTERVENTION, List.of("06037"),
                "(555) 010-2003, earlystart-la.example.org", "DEVELOPMENT_CONCERNS");
        add("Bay Area Child Care Resource Center", ResourceKind.CHILD_CARE, List.of("06001", "06075", "06085"),
                "(555) 010-2004, help@bayarea-rr.example.org", "STAFF_WELLNESS");
        LOG.info("Demo data loaded: 4 referral resources");
    }

    private void add(String name, ResourceKind kind, List<String> counties, String contact, String... topicCodes) {
        List<Long> topics = helplineTopics.all().stream()
                .filter(topic -> topic.isActive() && List.of(topicCodes).contains(topic.getCode()))
                .map(HelplineTopic::getId).toList();
        directory.add(new ResourceDetails(name, kind, counties, EnumSet.of(ServiceLanguage.EN, ServiceLanguage.ES), topics,
                contact));
    }
}
