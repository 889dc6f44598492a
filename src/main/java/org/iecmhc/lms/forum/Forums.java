package org.iecmhc.lms.forum;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.cohort.CohortStatus;
import org.iecmhc.lms.community.PracticeSeries;
import org.iecmhc.lms.course.Course;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.notification.NotificationKind;
import org.iecmhc.lms.notification.Notifications;
import org.iecmhc.lms.platform.files.FileStore;
import org.iecmhc.lms.platform.files.StoredFile;
import org.iecmhc.lms.platform.text.TypedText;

/**
 * The forums: every call names the signed-in person by e-mail and is refused ({@code forum.notFound}, the same as for
 * a forum, thread or post that does not exist) unless they are a member of the forum concerned. Posts are plain
 * text, stored as typed (control and direction-override characters refused) and escaped wherever shown.
 */
@ApplicationScoped
public class Forums {

    @Inject
    EntityManager em;

    @Inject
    ForumAccess access;

    @Inject
    FileStore files;

    @Inject
    Clock clock;

    @Inject
    Notifications notifications;

    /** The forums of the person's cohorts, courses and series, each with its unread threads; bounded per kind. */
    public List<ForumSummary> forumsOf(String email) {
        Account person = access.person(email);
        List<Cohort> whole = person.hasRole(Role.ADMINISTRATOR)
                ? em.createQuery("select c from Cohort c where c.status <> :closed order by c.startDate desc, c.id",
                        Cohort.class).setParameter("closed", CohortStatus.CLOSED)
                .setMaxResults(ForumLimits.PLACES_LISTED).getResultList()
                : em.createQuery("select c from Cohort c where :person member of c.faculty or exists (select e from"
                        + " Enrollment e where e.cohort = c and e.trainee = :person and e.status in :statuses)"
                        + " order by c.startDate desc, c.id", Cohort.class)
                .setParameter("person", person).setParameter("statuses", ForumAccess.MEMBERS)
                .setMaxResults(ForumLimits.PLACES_LISTED).getResultList();
        List<Course> courses = listed("select k from Course k where k.cohort in :cohorts or :person member of k.teachers"
                + " order by k.cohort.startDate desc, k.title, k.id", Course.class, whole, person);
        List<PracticeSeries> series = listed("select s from PracticeSeries s where s.cohort in :cohorts"
                + " or s.facilitator = :person order by s.cohort.startDate desc, s.title, s.id", PracticeSeries.class,
                whole, person);
        Set<Cohort> cohorts = new LinkedHashSet<>(whole);
        courses.forEach(course -> cohorts.add(course.getCohort()));
        series.forEach(one -> cohorts.add(one.getCohort()));
        Map<String, Long> unread = unreadThreads(person, cohorts);
        List<ForumSummary> forums = new ArrayList<>();
        cohorts.forEach(cohort -> forums.add(summary(new ForumPlace(ForumKind.COHORT, cohort.getId(), cohort.getName(),
                cohort, Set.<Long>of()), unread)));
        courses.forEach(course -> forums.add(summary(new ForumPlace(ForumKind.COURSE, course.getId(), course.getTitle(),
                course.getCohort(), course.getTeachers()), unread)));
        series.forEach(one -> forums.add(summary(new ForumPlace(ForumKind.SERIES, one.getId(), one.getTitle(),
                one.getCohort(), Collections.singleton(one.getFacilitator())), unread)));
        return forums;
    }

    /** The forum if the person is a member of it. */
    public Optional<ForumPlace> find(String email, ForumKind kind, long id) {
        Account person = access.person(email);
        return access.place(kind, id).filter(place -> access.isMember(person, place));
    }

    public List<ThreadRow> threads(String email, ForumKind kind, long id, int first, int pageSize) {
        Account person = access.person(email);
        access.memberOf(person, kind, id);
        List<ForumThread> threads = em.createQuery("select t from ForumThread t join fetch t.author where t.kind = :kind"
                        + " and t.placeId = :place order by t.lastPostAt desc, t.id desc", ForumThread.class)
                .setParameter("kind", kind).setParameter("place", id)
                .setFirstResult(first).setMaxResults(pageSize).getResultList();
        if (threads.isEmpty()) {
            return List.of();
        }
        Map<Long, LocalDateTime> readAt = em.createQuery("select r.thread.id, r.readAt from ForumReading r"
                        + " where r.account = :person and r.thread in :threads", Object[].class)
                .setParameter("person", person).setParameter("threads", threads).getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (LocalDateTime) row[1]));
        return threads.stream().map(thread -> new ThreadRow(thread, readAt.get(thread.getId()) == null
                || readAt.get(thread.getId()).isBefore(thread.getLastPostAt()))).toList();
    }

    public long countThreads(String email, ForumKind kind, long id) {
        access.memberOf(access.person(email), kind, id);
        return em.createQuery("select count(t) from ForumThread t where t.kind = :kind and t.placeId = :place", Long.class)
                .setParameter("kind", kind).setParameter("place", id).getSingleResult();
    }

    /** Starts a thread with its first post; its author is subscribed to it. */
    @Transactional
    public ForumThread start(String email, ForumKind kind, long id, String title, String body, FileStore.Upload upload) {
        Account person = access.person(email);
        ForumPlace place = access.memberOf(person, kind, id);
        String typedTitle = requireText("title", title, ForumLimits.THREAD_TITLE, false, "forum.thread.titleRequired",
                "forum.thread.titleTooLong");
        String typedBody = requireBody(body);
        LocalDateTime now = LocalDateTime.now(clock);
        ForumThread thread = new ForumThread(place, typedTitle, person, now);
        em.persist(thread);
        ForumPost post = new ForumPost(thread, person, typedBody, store(upload, email), now);
        em.persist(post);
        em.persist(ForumSubscription.toThread(person, thread));
        em.persist(new ForumReading(person, thread, now));
        em.flush();
        tellSubscribers(post);
        return thread;
    }

    /** The thread's heading for the person, the thread marked read for them; empty when they may not open it. */
    @Transactional
    public Optional<ThreadHeading> read(String email, long threadId) {
        Account person = access.person(email);
        Optional<ForumThread> thread = Optional.ofNullable(em.find(ForumThread.class, threadId))
                .filter(found -> access.isMember(person, access.placeOf(found)));
        thread.ifPresent(found -> markRead(person, found, LocalDateTime.now(clock)));
        return thread.map(found -> new ThreadHeading(found.getTitle(), found.getKind(), found.getPlaceId(),
                access.mayModerate(person, access.placeOf(found)), !threadSubscriptions(person, found).isEmpty()));
    }

    /** One page of the thread's posts, oldest first. */
    public List<ForumPost> posts(String email, long threadId, int first, int pageSize) {
        ForumThread thread = memberThread(access.person(email), threadId);
        return em.createQuery("select p from ForumPost p join fetch p.author left join fetch p.attachment"
                        + " left join fetch p.hiddenBy where p.thread = :thread order by p.postedAt, p.id", ForumPost.class)
                .setParameter("thread", thread).setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    public long countPosts(String email, long threadId) {
        ForumThread thread = memberThread(access.person(email), threadId);
        return em.createQuery("select count(p) from ForumPost p where p.thread = :thread", Long.class)
                .setParameter("thread", thread).getSingleResult();
    }

    @Transactional
    public ForumPost reply(String email, long threadId, String body, FileStore.Upload upload) {
        Account person = access.person(email);
        ForumThread thread = memberThread(person, threadId);
        String typedBody = requireBody(body);
        LocalDateTime now = LocalDateTime.now(clock);
        ForumPost post = new ForumPost(thread, person, typedBody, store(upload, email), now);
        em.persist(post);
        markRead(person, thread, now);
        em.flush();
        tellSubscribers(post);
        return post;
    }

    /** Its author corrects a post, within {@link ForumLimits#EDIT_WINDOW} of posting it. */
    @Transactional
    public ForumPost edit(String email, long postId, long version, String body) {
        Account person = access.person(email);
        ForumPost post = memberPost(person, postId);
        if (!post.isEditableBy(person, clock)) {
            throw new ForumRejected("body", "forum.post.editClosed");
        }
        post.requireVersion(version);
        post.edit(requireBody(body), LocalDateTime.now(clock));
        em.flush();
        return post;
    }

    /** A moderator hides a post; the audit entry of the change names them and the reason. */
    @Transactional
    public ForumPost hide(String email, long postId, String reason) {
        Account person = access.person(email);
        ForumPost post = memberPost(person, postId);
        if (!access.mayModerate(person, access.placeOf(post.getThread()))) {
            throw ForumRejected.notFound();
        }
        if (post.isHidden()) {
            throw new ForumRejected("reason", "forum.post.alreadyHidden");
        }
        post.hide(person, requireText("reason", reason, ForumLimits.HIDE_REASON, false, "forum.hide.reasonRequired",
                "forum.hide.reasonTooLong"), LocalDateTime.now(clock));
        em.flush();
        return post;
    }

    public boolean isSubscribed(String email, ForumKind kind, long id) {
        Account person = access.person(email);
        return !forumSubscriptions(person, access.memberOf(person, kind, id)).isEmpty();
    }

    /** Subscribes the person to the thread, or unsubscribes them if they were; answers whether they now are. */
    @Transactional
    public boolean toggleSubscription(String email, long threadId) {
        Account person = access.person(email);
        ForumThread thread = memberThread(person, threadId);
        return toggle(threadSubscriptions(person, thread), () -> ForumSubscription.toThread(person, thread));
    }

    /** The same for every thread of a forum. */
    @Transactional
    public boolean toggleSubscription(String email, ForumKind kind, long id) {
        Account person = access.person(email);
        ForumPlace place = access.memberOf(person, kind, id);
        return toggle(forumSubscriptions(person, place), () -> ForumSubscription.toForum(person, place));
    }

    /**
     * Whom to tell about a new post: the active people subscribed to its thread or its forum who are still members,
     * its author left out.
     */
    public List<Account> subscribersToTell(long postId) {
        ForumPost post = Optional.ofNullable(em.find(ForumPost.class, postId)).orElseThrow(ForumRejected::notFound);
        ForumThread thread = post.getThread();
        ForumPlace place = access.placeOf(thread);
        Set<Long> members = access.memberIds(place);
        return em.createQuery("select distinct s.account from ForumSubscription s where (s.thread = :thread"
                        + " or (s.kind = :kind and s.placeId = :place)) and s.account <> :author and s.account.active = true",
                        Account.class)
                .setParameter("thread", thread).setParameter("kind", thread.getKind())
                .setParameter("place", thread.getPlaceId()).setParameter("author", post.getAuthor()).getResultStream()
                .filter(account -> members.contains(account.getId()) || account.hasRole(Role.ADMINISTRATOR))
                .sorted(Comparator.comparing(Account::getId)).toList();
    }

    /** Names the thread, never the post's author, so an anonymised person's name does not live on in others' lists. */
    private void tellSubscribers(ForumPost post) {
        ForumThread thread = post.getThread();
        String link = "/forum/thread.xhtml?id=" + thread.getId();
        for (Account subscriber : subscribersToTell(post.getId())) {
            notifications.tell(subscriber.recipient(), NotificationKind.FORUM_REPLY, "notification.forumPost",
                    List.of(thread.getTitle()), link);
        }
    }

    /** An attachment the person may download: of a post in one of their forums, not hidden unless they may see it. */
    public Optional<StoredFile> readableAttachment(String email, long fileId) {
        Account person = access.person(email);
        return em.createQuery("select p from ForumPost p where p.attachment.id = :file", ForumPost.class)
                .setParameter("file", fileId).getResultStream().findFirst()
                .filter(post -> {
                    ForumPlace place = access.placeOf(post.getThread());
                    return access.isMember(person, place) && (!post.isHidden()
                            || post.getAuthor().getId().equals(person.getId()) || access.mayModerate(person, place));
                })
                .map(ForumPost::getAttachment);
    }

    private ForumThread memberThread(Account person, long threadId) {
        return Optional.ofNullable(em.find(ForumThread.class, threadId))
                .filter(thread -> access.isMember(person, access.placeOf(thread))).orElseThrow(ForumRejected::notFound);
    }

    private ForumPost memberPost(Account person, long postId) {
        ForumPost post = Optional.ofNullable(em.find(ForumPost.class, postId)).orElseThrow(ForumRejected::notFound);
        memberThread(person, post.getThread().getId());
        return post;
    }

    private void markRead(Account person, ForumThread thread, LocalDateTime at) {
        em.createQuery("select r from ForumReading r where r.account = :person and r.thread = :thread", ForumReading.class)
                .setParameter("person", person).setParameter("thread", thread).getResultStream().findFirst()
                .ifPresentOrElse(reading -> reading.readAgain(at), () -> em.persist(new ForumReading(person, thread, at)));
    }

    private <T> List<T> listed(String query, Class<T> type, List<Cohort> cohorts, Account person) {
        return em.createQuery(query, type).setParameter("cohorts", cohorts.isEmpty() ? List.of(-1L) : cohorts)
                .setParameter("person", person).setMaxResults(ForumLimits.PLACES_LISTED).getResultList();
    }

    private Map<String, Long> unreadThreads(Account person, Collection<Cohort> cohorts) {
        Map<String, Long> unread = new HashMap<>();
        if (cohorts.isEmpty()) {
            return unread;
        }
        em.createQuery("select t.kind, t.placeId, count(t) from ForumThread t where t.cohort in :cohorts and not exists"
                        + " (select r from ForumReading r where r.thread = t and r.account = :person"
                        + " and r.readAt >= t.lastPostAt) group by t.kind, t.placeId", Object[].class)
                .setParameter("cohorts", cohorts).setParameter("person", person).getResultStream()
                .forEach(row -> unread.put(row[0] + ":" + row[1], (Long) row[2]));
        return unread;
    }

    private static ForumSummary summary(ForumPlace place, Map<String, Long> unread) {
        return new ForumSummary(place, unread.getOrDefault(place.kind() + ":" + place.id(), 0L));
    }

    private List<ForumSubscription> threadSubscriptions(Account person, ForumThread thread) {
        return em.createQuery("select s from ForumSubscription s where s.account = :person and s.thread = :thread",
                ForumSubscription.class).setParameter("person", person).setParameter("thread", thread).getResultList();
    }

    private List<ForumSubscription> forumSubscriptions(Account person, ForumPlace place) {
        return em.createQuery("select s from ForumSubscription s where s.account = :person and s.kind = :kind"
                        + " and s.placeId = :place", ForumSubscription.class)
                .setParameter("person", person).setParameter("kind", place.kind()).setParameter("place", place.id())
                .getResultList();
    }

    private boolean toggle(List<ForumSubscription> existing, Supplier<ForumSubscription> create) {
        if (existing.isEmpty()) {
            em.persist(create.get());
            return true;
        }
        existing.forEach(em::remove);
        return false;
    }

    private StoredFile store(FileStore.Upload upload, String email) {
        return upload == null ? null : em.merge(files.store(upload, email));
    }

    private static String requireBody(String body) {
        return requireText("body", body, ForumLimits.POST_BODY, true, "forum.post.bodyRequired", "forum.post.tooLong");
    }

    /** The text trimmed; refused when empty, too long, or holding control or direction-override characters. */
    private static String requireText(String field, String text, int limit, boolean multiLine, String requiredKey,
                                      String tooLongKey) {
        String typed = TypedText.trimmedOrNull(text);
        if (typed == null) {
            throw new ForumRejected(field, requiredKey);
        }
        TypedText.requireFits(typed, limit, ForumRejected::new, field, tooLongKey);
        if (TypedText.hasControlCharacters(typed, multiLine)) {
            throw new ForumRejected(field, "forum.text.controlCharacters");
        }
        return typed;
    }
}
