/**
 * Discussion forums of each cohort, course and Community of Practice series: threads, replies, moderation, unread
 * markers, subscriptions and attachments. Members come from the cohort, course and community features; telling
 * subscribers about a new post is left to notifications ({@link org.iecmhc.lms.forum.Forums#subscribersToTell}).
 */
package org.iecmhc.lms.forum;
