/**
 * Each enrollment's progress against its cohort's requirements, added up from every CreditSource and never
 * typed in, the completion board and certificates with a public verification page.
 */
package org.iecmhc.lms.completion;
