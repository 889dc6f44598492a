/**
 * A participant's answer to a service's closing question, shared by consultation, Open-Door and Community of
 * Support so the consent rule for quoting a comment lives in one place, and the providers' answers of Open-Door
 * and Community of Support: the record that holds one ({@code ProviderAnswer}) and their table. Participants answer
 * for themselves through single-use links ({@code SurveyLinks}, the public page {@code /survey/answer.xhtml}); each
 * service says what its links ask and where the answer goes through a {@code SurveyTarget}. Course evaluations are
 * another feature.
 */
package org.iecmhc.lms.survey;
