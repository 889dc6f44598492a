/**
 * Testimonials: every comment participants gave with consent to quote, gathered from the services that keep survey
 * answers (Open-Door, Community of Support, consultation), and the quotes an administrator features on the impact
 * page. It reads the services' answers and never changes them; a feature is its own row that goes when the answer's
 * record goes.
 */
package org.iecmhc.lms.testimonial;
