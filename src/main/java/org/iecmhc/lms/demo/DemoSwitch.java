package org.iecmhc.lms.demo;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Whether the demo Network is wanted ({@code LMS_DEMO=true}) and the clock its dates are taken from, for every demo loader. */
@ApplicationScoped
public class DemoSwitch {

    @Inject
    @ConfigProperty(name = "lms.demo", defaultValue = "false")
    boolean on;

    @Inject
    Clock clock;

    /** A switch that is on, for loaders built by hand in tests. */
    public static DemoSwitch on(Clock clock) {
        DemoSwitch demo = new DemoSwitch();
        demo.on = true;
        demo.clock = clock;
        return demo;
    }

    public boolean isOn() {
        return on;
    }

    public Clock clock() {
        return clock;
    }
}
