-- Enrollments are counted in the fiscal year they belong to (issue 12): until now an enrollment was dated the day an
-- administrator clicked, so a past cohort's roster typed in later, and its completions, counted in the year of the
-- click. From now on an enrollment takes part from its cohort's start (or a stated day within the cohort) and ends on
-- the day its last requirement was met (or a stated day, never in the future).
--
-- The rows written before are corrected as well as SQL allows:
-- * a start outside the cohort's dates (enrolled ahead of the start, or typed in after the end) becomes the cohort's
--   start; a start within them is kept, since a mid-year arrival cannot be told from a late click;
-- * an application dated after that start is dated at the start (a withdrawal must not precede the application);
-- * a completed or not completed year that ended after the cohort's last day ends on that day. Working out the day
--   each last requirement was met needs every feature's credit rules, which live in Java (ProgressRules), and the
--   cohort's last day keeps the outcome in the cohort's fiscal year, which is what the figures count. An end within
--   the cohort's dates is kept.

update enrollment
   set enrolled_on = (select c.start_date from cohort c where c.id = enrollment.cohort_id)
 where enrolled_on < (select c.start_date from cohort c where c.id = enrollment.cohort_id)
    or enrolled_on > (select c.end_date from cohort c where c.id = enrollment.cohort_id);

update enrollment
   set applied_on = enrolled_on
 where enrolled_on is not null and applied_on > enrolled_on;

update enrollment
   set ended_on = (select c.end_date from cohort c where c.id = enrollment.cohort_id)
 where status in ('COMPLETED', 'NOT_COMPLETED')
   and ended_on > (select c.end_date from cohort c where c.id = enrollment.cohort_id);
