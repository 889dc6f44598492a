package org.iecmhc.lms.platform.counties;

import java.io.Serializable;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.ReadOnly;

/**
 * One of California's 58 counties, identified by its five-digit FIPS code (06001 Alameda ... 06115 Yuba).
 * Serializable because views keep the chosen county, and views travel with the session across a cluster.
 */
@Entity
@ReadOnly
@Cacheable
@Table(name = "county")
public class County implements Serializable {

    @Id
    private String fips;

    private String name;

    protected County() {
    }

    public String getFips() {
        return fips;
    }

    public String getName() {
        return name;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof County county && fips.equals(county.fips);
    }

    @Override
    public int hashCode() {
        return fips.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
