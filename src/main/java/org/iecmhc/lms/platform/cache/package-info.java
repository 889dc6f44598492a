/**
 * Results of expensive reads kept for a short while, so that many requests for the same figures cost one computation.
 * What is kept, for how long and under which key belongs to each feature.
 */
package org.iecmhc.lms.platform.cache;
