package org.iecmhc.lms.platform.persistence;

import java.io.Serializable;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * A stored row whose id the database gives it on insert (an {@code auto_increment} column named {@code id}): every
 * record but the audit log's entries and the counties. Serializable so that a serializable record keeps its id when its
 * view travels to another member of the cluster.
 */
@MappedSuperclass
public abstract class GeneratedId implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    public Long getId() {
        return id;
    }
}
