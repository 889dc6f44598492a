package org.iecmhc.lms.platform.schedule;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * This running instance's name as a lease holder: the host name for the operator who reads the lease table, and a
 * random part because two instances may share a host (and a restarted one must not inherit its predecessor's lease
 * without waiting, since the predecessor may still be finishing a send).
 */
@ApplicationScoped
public class Instance {

    private static final int HOST_PART = 150;

    private final String name = hostName() + "/" + UUID.randomUUID();

    public String name() {
        return name;
    }

    private static String hostName() {
        try {
            String host = InetAddress.getLocalHost().getHostName();
            return host.length() <= HOST_PART ? host : host.substring(0, HOST_PART);
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
