/**
 * The registry of child care programs and providers that practicum placements and every service tier refer to.
 * Providers have no accounts.
 */
package org.iecmhc.lms.provider;
