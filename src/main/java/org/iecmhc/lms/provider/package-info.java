/**
 * The registry of child care programs and providers that practicum placements and every service tier refer to.
 * Providers have no accounts. What Open-Door sessions and support series offer providers alike (title, language,
 * facilitating consultant) is stored by {@code FacilitatedService} and typed in {@code FacilitatedServiceForm}.
 */
package org.iecmhc.lms.provider;
