package org.journeystudio.model;

import java.util.UUID;

/** Fresh ids for new map elements: random, so maps copied between libraries never clash. */
public final class Ids {
    private Ids() {
    }

    public static String next(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 13).replace("-", "");
    }
}
