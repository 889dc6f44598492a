/**
 * What several features share and no feature owns: security, languages, audit, persistence, errors, files, time,
 * mail (the outbox), schedule (the once-per-cluster lease), cache (results kept a few minutes), text and web helpers. It imports no feature; features
 * plug in through its interfaces.
 */
package org.iecmhc.lms.platform;
