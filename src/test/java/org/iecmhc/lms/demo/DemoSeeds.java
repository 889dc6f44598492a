package org.iecmhc.lms.demo;

import org.iecmhc.lms.platform.persistence.DatabaseReady;
import org.iecmhc.lms.testsupport.Services;

/**
 * The demo data that a feature's demo builds on, wired as CDI wires it at start-up, so that each demo test seeds
 * people, providers, cohorts or courses first without repeating how those beans are put together.
 */
final class DemoSeeds {

    private DemoSeeds() {
    }

    static void people(Services services) {
        DemoData people = new DemoData();
        people.demo = DemoSwitch.on(services.clock());
        people.accounts = services.accounts();
        people.notifications = services.notifications();
        people.onDatabaseReady(new DatabaseReady());
    }

    static void providers(Services services) {
        DemoProviders registry = new DemoProviders();
        registry.demo = DemoSwitch.on(services.clock());
        registry.registry = services.providers();
        registry.onDatabaseReady(new DatabaseReady());
    }

    static void cohorts(Services services) {
        DemoCohorts cohorts = new DemoCohorts();
        cohorts.demo = DemoSwitch.on(services.clock());
        cohorts.accounts = services.accounts();
        cohorts.cohorts = services.cohorts();
        cohorts.enrollments = services.enrollments();
        cohorts.profiles = services.profiles();
        cohorts.notifications = services.notifications();
        cohorts.onDatabaseReady(new DatabaseReady());
    }

    static void courses(Services services) {
        DemoCourses courses = new DemoCourses();
        courses.demo = DemoSwitch.on(services.clock());
        courses.em = services.em();
        courses.accounts = services.accounts();
        courses.courses = services.courses();
        courses.submissions = services.submissions();
        courses.grading = services.grading();
        courses.onDatabaseReady(new DatabaseReady());
    }
}
