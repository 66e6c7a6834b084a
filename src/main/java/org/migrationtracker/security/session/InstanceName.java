package org.migrationtracker.security.session;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/**
 * The name this instance gives its sessions in the registry: {@code tracker.instance-name} when set, else the host
 * name with a short random suffix (two instances on one host, or in one test JVM, stay apart). The security log
 * names it too.
 */
@Component
public class InstanceName {

    private final String name;

    InstanceName(@Value("${tracker.instance-name:}") String configured) {
        this.name = configured.isBlank() ? host() + "-" + UUID.randomUUID().toString().substring(0, 6) : configured.strip();
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException unknown) {
            return "instance";
        }
    }

    public String name() {
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}
