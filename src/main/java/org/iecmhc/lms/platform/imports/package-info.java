/**
 * All-or-nothing CSV imports: a file read with its line numbers and header, every line's problems with translated
 * messages (the first hundred kept, all counted), and the page that previews a file before it is stored. What a line
 * means and how it is stored belong to each feature.
 */
package org.iecmhc.lms.platform.imports;
