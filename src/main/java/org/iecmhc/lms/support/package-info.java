/**
 * Community of Support series and Communities of Practice for providers (a {@link org.iecmhc.lms.support.SeriesKind},
 * run alike): a consultant's series of sessions in English or Spanish, enrolled providers, attendance and the final
 * survey, their CSV export, and the import of past series. A consultant sees only their own series.
 */
package org.iecmhc.lms.support;
