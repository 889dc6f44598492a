/**
 * A participant's answer to a service's closing question, shared by consultation, Open-Door and Community of
 * Support so the consent rule for quoting a comment lives in one place, and the providers' answers of Open-Door
 * and Community of Support: the record that holds one ({@code ProviderAnswer}) and their table; course evaluations
 * are another feature.
 */
package org.iecmhc.lms.survey;
