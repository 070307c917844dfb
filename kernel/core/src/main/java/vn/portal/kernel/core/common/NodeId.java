package vn.portal.kernel.core.common;

import java.lang.management.ManagementFactory;

/** Names this process in lock columns, so an operator can see which node holds what. */
public final class NodeId {

    private static final String ID = ManagementFactory.getRuntimeMXBean().getName();

    private NodeId() {
    }

    public static String get() {
        return ID.length() > 60 ? ID.substring(0, 60) : ID;
    }
}
