package org.iecmhc.lms.testsupport;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;

/**
 * Free loopback ports, each handed out once per test JVM. The shared instance, the private instance, its Hazelcast
 * member and the private MariaDB are started side by side; a port that one of them asked for and the operating
 * system then handed to another (a closed probe socket's port is free again at once) left Payara Micro reporting
 * itself ready while another server answered on its port.
 */
public final class Ports {

    private static final Set<Integer> handedOut = new HashSet<>();

    private Ports() {
    }

    public static synchronized int take() {
        while (true) {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                int port = socket.getLocalPort();
                if (handedOut.add(port)) {
                    return port;
                }
            } catch (IOException e) {
                throw new IllegalStateException("No free port on loopback", e);
            }
        }
    }
}
