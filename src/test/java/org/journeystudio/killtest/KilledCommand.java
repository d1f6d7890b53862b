package org.journeystudio.killtest;

import java.io.PrintWriter;
import org.journeystudio.cli.StudioCommandLine;

/**
 * A kill test's child: runs one {@code journey-studio} sub-command as the command line does, printing "start"
 * before it and "exit N" after it, so the parent knows which of its outputs were finished.
 */
public final class KilledCommand {
    private KilledCommand() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        out.println("start");
        int code = StudioCommandLine.standard().execute(args, out, new PrintWriter(System.err, true));
        out.println("exit " + code);
    }
}
