package org.journeystudio.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version Maven wrote into the jar's manifest ("dev" when run from classes). */
public class StudioVersion implements IVersionProvider {
    public static String version() {
        String version = StudioVersion.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"Journey Studio " + version()};
    }
}
