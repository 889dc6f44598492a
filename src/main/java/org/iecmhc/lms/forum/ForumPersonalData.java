package org.iecmhc.lms.forum;

import static org.iecmhc.lms.platform.privacy.ExportRecord.list;
import static org.iecmhc.lms.platform.privacy.ExportRecord.record;

import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import org.iecmhc.lms.platform.files.FileStore;
import org.iecmhc.lms.platform.files.StoredFile;
import org.iecmhc.lms.platform.privacy.DataSubject;
import org.iecmhc.lms.platform.privacy.PersonalData;

/**
 * What a person wrote in the forums, with their attachments; anonymising a withdrawn trainee empties their posts
 * (the threads around them stay readable) and erases their attachments, subscriptions and reading marks.
 */
@ApplicationScoped
public class ForumPersonalData implements PersonalData {

    /** What stands where an anonymised trainee's words were. */
    static final String ERASED = "—";

    @Inject
    EntityManager em;

    @Inject
    FileStore files;

    @Override
    public String section() {
        return "forums";
    }

    @Override
    public JsonValue export(DataSubject person) {
        return record().with("posts", list(posts(person), post -> record()
                        .with("thread", post.getThread().getTitle())
                        .with("postedAtUtc", post.getPostedAt())
                        .with("body", post.getBody())
                        .with("attachment", post.getAttachment() == null ? null : post.getAttachment().getOriginalName())
                        .with("hidden", post.isHidden()).build()))
                .build();
    }

    @Override
    public List<StoredFile> uploads(DataSubject person) {
        return posts(person).stream().map(ForumPost::getAttachment).filter(Objects::nonNull).toList();
    }

    @Override
    public void anonymise(DataSubject person) {
        List<StoredFile> attachments = posts(person).stream().map(post -> post.forget(ERASED))
                .filter(Objects::nonNull).toList();
        em.flush();
        attachments.forEach(files::erase);
        em.createQuery("delete from ForumSubscription s where s.account.id = :id").setParameter("id", person.accountId())
                .executeUpdate();
        em.createQuery("delete from ForumReading r where r.account.id = :id").setParameter("id", person.accountId())
                .executeUpdate();
    }

    private List<ForumPost> posts(DataSubject person) {
        return person.records(em, "select p from ForumPost p join fetch p.thread where p.author.id = :id"
                + " order by p.postedAt, p.id", ForumPost.class);
    }
}
