package org.journeystudio.app;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import org.journeystudio.cli.StudioCommandLine;
import org.slf4j.LoggerFactory;

/**
 * The program's entry point. It does not extend {@code Application}, so the jar starts on a plain JDK with
 * JavaFX on the class path, and {@code --help} or a headless command never touches the toolkit.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        Charset console = Charset.defaultCharset();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, console), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, console), true);
        StudioCommandLine.Outcome outcome = StudioCommandLine.standard().run(args, out, err);
        if (outcome instanceof StudioCommandLine.OpenWindow window) {
            // The log's configuration is read beside the toolkit's start instead of before it (a tenth of a
            // second); lines logged meanwhile are kept and written once it is ready.
            Thread logging = new Thread(LoggerFactory::getILoggerFactory, "Starting the log");
            logging.setDaemon(true);
            logging.start();
            try {
                StudioApp.launchWith(window);
            } catch (RuntimeException | Error e) {
                // The toolkit could not start (no display, say): one line, and the details in the log.
                err.println(StudioCommandLine.internalError(e, args));
                System.exit(3);
            }
        } else if (outcome instanceof StudioCommandLine.Exit exit) {
            System.exit(exit.code());
        }
    }
}
