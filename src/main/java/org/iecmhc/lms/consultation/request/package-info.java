/**
 * Consultation requests: a helpline call that recommended consultation is handed to the intensive tier as a request
 * (provider, county, needs), which an administrator turns into a consultation assignment. The calls stay with the
 * helpline, the assignments with consultation; a request links the two.
 */
package org.iecmhc.lms.consultation.request;
