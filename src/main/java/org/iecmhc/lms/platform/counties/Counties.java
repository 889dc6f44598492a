package org.iecmhc.lms.platform.counties;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.iecmhc.lms.platform.errors.InputRejected;

/** The county reference list, and the lookup every form and import uses to turn typed text into a county. */
@ApplicationScoped
public class Counties {

    @Inject
    EntityManager em;

    public List<County> all() {
        return em.createQuery("select c from County c order by c.name", County.class).getResultList();
    }

    /** See {@link CountyLookup} for what is accepted. */
    public Optional<County> find(String nameOrFips) {
        return lookup().find(nameOrFips);
    }

    /** The county a form names, refused at the form's county field when it names none. */
    public County chosen(String nameOrFips) {
        return find(nameOrFips).orElseThrow(() -> new InputRejected("county", "form.county.unknown"));
    }

    public CountyLookup lookup() {
        return new CountyLookup(all());
    }
}
