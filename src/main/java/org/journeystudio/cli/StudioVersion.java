package org.journeystudio.cli;

/** Reads the version Maven wrote into the jar's manifest ("dev" when run from classes). */
public final class StudioVersion {
    private StudioVersion() {
    }

    public static String version() {
        String version = StudioVersion.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
