import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Builds Journey Studio's native package for the OS it runs on: a jlinked runtime, a jpackage app-image, a
 * {@code --version} smoke test of that image, then the installer (.deb, .msi or .dmg) made from the same image.
 *
 * <p>Run from the project root after {@code ./mvnw package} (the {@code installer} Maven profile does both):
 * {@code java installer/Packager.java --version=0.1.0 [--app-version=1.0.0] [--image-only=true]}. The jpackage
 * and jlink options live in the checked-in argument files under {@code installer/jpackage/} and
 * {@code installer/jlink.txt}; this program only adds what is computed (module list, paths, version). Where the JDK has no jpackage, jlink or jmods it
 * prints why and stops without failing, so a JRE-only machine can still run the build.
 */
public final class Packager {
    private static final Path TARGET = Path.of("target");
    private static final Path WORK = TARGET.resolve("installer");
    static final String MAIN_JAR = "journey-studio.jar";
    private static final Duration SMOKE_TIMEOUT = Duration.ofSeconds(60);

    private final Platform platform = Platform.current();
    private final String version;
    private final String appVersion;
    private final boolean imageOnly;

    private Packager(String version, String appVersion, boolean imageOnly) {
        this.version = version;
        this.appVersion = appVersion;
        this.imageOnly = imageOnly;
    }

    public static void main(String[] args) throws Exception {
        String version = null;
        String appVersion = "";
        boolean imageOnly = false;
        // name=value only, so an empty value (Maven's unset -Dinstaller.appVersion) stays one argument.
        for (String arg : args) {
            String value = arg.substring(arg.indexOf('=') + 1);
            if (arg.startsWith("--version=")) {
                version = value;
            } else if (arg.startsWith("--app-version=")) {
                appVersion = value;
            } else if (arg.startsWith("--image-only=")) {
                imageOnly = Boolean.parseBoolean(value);
            } else {
                fail("unknown argument '" + arg + "'; usage: java installer/Packager.java"
                        + " --version=X.Y.Z[-QUALIFIER] [--app-version=X.Y.Z] [--image-only=true|false]");
            }
        }
        if (version == null) {
            fail("--version= is missing; pass the project version, e.g. --version=0.1.0");
        }
        if (!Files.isRegularFile(Path.of("installer", "Packager.java"))) {
            fail("run this from the project root (the folder holding pom.xml); the argument files use paths"
                    + " relative to it. Current folder: " + Path.of("").toAbsolutePath());
        }
        Optional<String> missing = Toolbox.whatIsMissing();
        if (missing.isPresent()) {
            System.out.println("[installer] SKIPPED: " + missing.get());
            return;
        }
        new Packager(version, appVersion.isBlank() ? version : appVersion, imageOnly).run();
    }

    private void run() throws IOException, InterruptedException {
        Path jar = TARGET.resolve(MAIN_JAR);
        Path lib = TARGET.resolve("lib");
        if (!Files.isRegularFile(jar) || !Files.isDirectory(lib)) {
            fail(jar + " or " + lib + "/ is missing; run ./mvnw package first (or ./mvnw -Pinstaller package)");
        }
        deleteRecursively(WORK);
        Layout layout = Layout.split(jar, lib, WORK);

        String modules = step("jdeps: modules the app needs", () -> ModuleCache.modules(layout));
        System.out.println("[installer]   " + modules);

        Path runtime = WORK.resolve("runtime");
        step("jlink: runtime image", () -> {
            Toolbox.run("jlink", "--module-path", layout.javafx().toString(), "@installer/jlink.txt",
                    "--add-modules", modules, "--output", runtime.toString());
            // JavaFX's native libraries go where a jmod-built runtime keeps them, so JavaFX loads them from
            // java.home instead of unpacking copies into ~/.openjfx/cache on first start.
            NativeLibraries.copyInto(layout.javafx(), runtime.resolve(platform.nativeLibDir()), platform);
            // --generate-cds-archive also writes an archive for heaps over 32 GB (no compressed oops): 11 MB that
            // a desktop studio never uses; without it such a JVM simply starts without class-data sharing.
            try (Stream<Path> archives = Files.walk(runtime)) {
                for (Path archive : archives.filter(p -> p.endsWith("classes_nocoops.jsa")).toList()) {
                    Files.delete(archive);
                }
            }
            return null;
        });

        Path imageDir = WORK.resolve("image");
        step("jpackage: app-image", () -> {
            Toolbox.run("jpackage", "--type", "app-image",
                    "@installer/jpackage/identity.txt", "@installer/jpackage/app.txt",
                    "@installer/jpackage/" + platform.id() + "-app.txt",
                    "--app-version", platform.appVersion(appVersion),
                    "--input", layout.input().toString(), "--main-jar", MAIN_JAR,
                    "--runtime-image", runtime.toString(), "--dest", imageDir.toString());
            return null;
        });
        Path image = imageDir.resolve(platform.imageName());
        System.out.printf("[installer]   %s (%d MB)%n", image, sizeInBytes(image) / (1024 * 1024));

        Path classList = TARGET.resolve("cds").resolve("classes.lst");
        // Only the .deb makes the archive (its postinst, where it installs): Java 17 cannot move an archive, and
        // serves no app class from one whose path holds a space (Windows' and macOS' install folders do).
        boolean shared = Files.isRegularFile(classList) && platform == Platform.LINUX;
        if (shared) {
            step("class-data sharing: class list in the image, archive made as the .deb's postinst does", () -> {
                SharedArchive.keepClassList(image, classList);
                SharedArchive.dump(SharedArchive.installedCopy(image, WORK.resolve("installed")));
                return null;
            });
        } else {
            System.out.println("[installer]   no class-data sharing archive: " + (platform != Platform.LINUX
                    ? "made on Linux only (see docs/install.md)" : classList + " is missing (built with "
                    + "-Dcds.skip=true or -Dmaven.test.skip=true)"));
        }
        step("smoke test: --version from the app-image", () -> {
            smokeTest(image.resolve(platform.consoleLauncher()), Map.of());
            if (shared) {
                // -Xshare:on stops the JVM when it cannot map the archive, which it otherwise skips in silence; the
                // class log shows whether the app's own classes came from it.
                Path loaded = WORK.resolve("class-load.txt");
                smokeTest(WORK.resolve("installed").resolve(platform.consoleLauncher()),
                        Map.of("JAVA_TOOL_OPTIONS", "-Xshare:on -Xlog:class+load:file=" + loaded));
                if (!Files.readString(loaded).contains("org.journeystudio.app.Launcher source: shared objects file")) {
                    fail("the installed launcher maps its class-data sharing archive but loads the app's classes"
                            + " from the jars (see " + loaded + ")");
                }
            }
            return null;
        });
        if (imageOnly) {
            return;
        }
        Optional<String> packagerMissing = platform.missingPackagingTool();
        if (packagerMissing.isPresent()) {
            System.out.println("[installer] SKIPPED the " + platform.packageType() + ": " + packagerMissing.get());
            return;
        }
        Path packages = WORK.resolve("packages");
        step("jpackage: " + platform.packageType(), () -> {
            Toolbox.run("jpackage", "--type", platform.packageType(), "--app-image", image.toString(),
                    "@installer/jpackage/identity.txt", "@installer/jpackage/package.txt",
                    "@installer/jpackage/" + platform.id() + "-package.txt",
                    "--app-version", platform.appVersion(appVersion), "--dest", packages.toString());
            return null;
        });
        try (Stream<Path> built = Files.list(packages)) {
            for (Path file : built.toList()) {
                System.out.printf("[installer]   %s (%d MB)%n", file, sizeInBytes(file) / (1024 * 1024));
            }
        }
    }

    /** Runs the packaged launcher the way a user would and checks it reports this build's version. */
    private void smokeTest(Path launcher, Map<String, String> environment) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(launcher.toString(), "--version");
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        if (!process.waitFor(SMOKE_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(launcher + " --version did not finish within " + SMOKE_TIMEOUT.toSeconds() + " s");
        }
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
        String errors;
        try (InputStream in = process.getErrorStream()) {
            errors = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
        String expected = "Journey Studio " + version;
        if (process.exitValue() != 0 || !output.equals(expected)) {
            fail(launcher + " --version " + environment + " exited " + process.exitValue() + " printing '" + output
                    + "' and '" + errors + "'; expected '" + expected + "'");
        }
        System.out.println("[installer]   '" + output + "' " + environment);
    }

    private static <T> T step(String name, Step<T> body) throws IOException, InterruptedException {
        System.out.println("[installer] " + name);
        long start = System.nanoTime();
        T result = body.run();
        System.out.printf("[installer]   done in %.1f s%n", (System.nanoTime() - start) / 1e9);
        return result;
    }

    private static long sizeInBytes(Path path) throws IOException {
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    static void fail(String message) {
        System.err.println("[installer] ERROR: " + message);
        System.exit(1);
    }

    /** One timed build step. */
    @FunctionalInterface
    private interface Step<T> {
        T run() throws IOException, InterruptedException;
    }
}

/** The jpackage input: the app jar and its class-path libraries, with the JavaFX jars kept apart for jlink. */
record Layout(Path input, Path javafx) {

    /**
     * Copies the app jar and {@code lib/} into {@code work}: JavaFX's platform jars (the ones with classes; Maven
     * also resolves an empty classifier-less jar per module) go to {@code javafx/} for jlink's module path,
     * everything else to {@code input/} for the class path the jar's manifest names.
     */
    static Layout split(Path jar, Path lib, Path work) throws IOException {
        Layout layout = new Layout(work.resolve("input"), work.resolve("javafx"));
        Files.createDirectories(layout.input().resolve("lib"));
        Files.createDirectories(layout.javafx());
        Files.copy(jar, layout.input().resolve(jar.getFileName()));
        try (Stream<Path> jars = Files.list(lib)) {
            for (Path dependency : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
                String name = dependency.getFileName().toString();
                if (!name.startsWith("javafx-")) {
                    Files.copy(dependency, layout.input().resolve("lib").resolve(name));
                } else if (hasModuleDescriptor(dependency)) {
                    Files.copy(dependency, layout.javafx().resolve(name));
                }
            }
        }
        return layout;
    }

    private static boolean hasModuleDescriptor(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getEntry("module-info.class") != null;
        }
    }

    Path appJar() {
        return input().resolve(Packager.MAIN_JAR);
    }

    /** The class-path libraries, sorted by name. */
    List<String> libraryJars() throws IOException {
        try (Stream<Path> libs = Files.list(input().resolve("lib"))) {
            return libs.sorted().map(Path::toString).toList();
        }
    }
}

/**
 * The JDK modules the app needs, per jdeps. The libraries' answer is remembered by their names and sizes, because
 * jdeps reads every class of every library (10-30 s) and that answer only changes with a dependency; the app jar,
 * which changes every build, is analysed each time (about a second).
 */
final class ModuleCache {
    private static final Path FILE = Path.of("target", "installer-jdeps-libraries.txt");

    private ModuleCache() {
    }

    static String modules(Layout layout) throws IOException, InterruptedException {
        java.util.SortedSet<String> modules = new java.util.TreeSet<>(libraryModules(layout));
        modules.addAll(Toolbox.jdepsModules(List.of(layout.appJar().toString()), Optional.empty()));
        return String.join(",", modules);
    }

    private static List<String> libraryModules(Layout layout) throws IOException, InterruptedException {
        List<String> libraries = layout.libraryJars();
        String key = fingerprint(libraries, layout.javafx());
        if (Files.isRegularFile(FILE)) {
            List<String> lines = Files.readAllLines(FILE, StandardCharsets.UTF_8);
            if (lines.size() == 2 && lines.get(0).equals(key)) {
                System.out.println("[installer]   libraries unchanged since the last run: reusing " + FILE);
                return List.of(lines.get(1).split(","));
            }
        }
        List<String> modules = Toolbox.jdepsModules(libraries, Optional.of(layout.javafx()));
        Files.write(FILE, List.of(key, String.join(",", modules)), StandardCharsets.UTF_8);
        return modules;
    }

    private static String fingerprint(List<String> libraries, Path javafx) throws IOException {
        List<String> parts = new ArrayList<>();
        for (String jar : libraries) {
            parts.add(Path.of(jar).getFileName() + ":" + Files.size(Path.of(jar)));
        }
        try (Stream<Path> fx = Files.list(javafx)) {
            fx.sorted().forEach(p -> parts.add(p.getFileName().toString()));
        }
        return String.join(";", parts);
    }
}

/** The JDK's own tools, run as the same programs a shell would run, so their @argument files work. */
final class Toolbox {
    private Toolbox() {
    }

    /** Why this JDK cannot package, if it cannot. */
    static Optional<String> whatIsMissing() {
        String home = System.getProperty("java.home");
        for (String tool : List.of("jdeps", "jlink", "jpackage")) {
            if (!Files.isExecutable(executable(tool))) {
                return Optional.of("this Java (" + home + ") has no " + tool + "; packaging needs a full JDK 17+"
                        + " (on Debian/Ubuntu: apt-get install openjdk-17-jdk-headless)");
            }
        }
        if (!Files.isDirectory(Path.of(home, "jmods"))) {
            return Optional.of("this JDK (" + home + ") has no jmods/ folder, which jlink needs to build a runtime"
                    + " (on Debian/Ubuntu it comes with openjdk-17-jdk-headless; some distributions ship it"
                    + " separately as openjdk-17-jmods)");
        }
        return Optional.empty();
    }

    /**
     * The JDK modules the given jars use, per jdeps. JavaFX goes on jdeps' module path only when given: modular
     * libraries (Ikonli) declare they require it, while the app jar does not need it there, and analysing JavaFX
     * too doubles jdeps' time. The libraries' own folder goes there with it, since a modular library may require
     * another by its module name (POI requires com.zaxxer.sparsebitset, an automatic module).
     */
    static List<String> jdepsModules(List<String> jars, Optional<Path> javafx) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("--print-module-deps", "--ignore-missing-deps",
                "--multi-release", "17"));
        javafx.ifPresent(path -> {
            String libraries = jars.isEmpty() ? "" : java.io.File.pathSeparator + Path.of(jars.get(0)).getParent();
            args.addAll(List.of("--module-path", path + libraries));
        });
        args.addAll(jars);
        String output = run("jdeps", args.toArray(String[]::new)).strip();
        String last = output.lines().reduce((first, second) -> second).orElse("");
        if (!last.matches("[\\w.]+(,[\\w.]+)*")) {
            Packager.fail("jdeps did not print a module list; its output was:\n" + output);
        }
        return List.of(last.split(","));
    }

    /** Runs a JDK tool and stops the build if it fails. Returns what it printed (it is echoed too, but jdeps'). */
    static String run(String tool, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(executable(tool).toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int code = process.waitFor();
        if (code != 0 || !tool.equals("jdeps")) {
            System.out.print(output);
        }
        if (code != 0) {
            Packager.fail(tool + " exited " + code + "; command: " + String.join(" ", command));
        }
        return output;
    }

    private static Path executable(String tool) {
        boolean windows = System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("win");
        return Path.of(System.getProperty("java.home"), "bin", windows ? tool + ".exe" : tool);
    }
}

/** Copies JavaFX's native libraries out of its platform jars into the runtime. */
final class NativeLibraries {
    private NativeLibraries() {
    }

    static void copyInto(Path javafxJars, Path runtimeLibDir, Platform platform) throws IOException {
        Files.createDirectories(runtimeLibDir);
        try (Stream<Path> jars = Files.list(javafxJars)) {
            for (Path jar : jars.toList()) {
                try (JarFile file = new JarFile(jar.toFile())) {
                    for (var entry : file.stream().filter(e -> platform.isNativeLibrary(e.getName())).toList()) {
                        try (InputStream in = file.getInputStream(entry)) {
                            Files.copy(in, runtimeLibDir.resolve(entry.getName()), StandardCopyOption.REPLACE_EXISTING);
                        } catch (IOException e) {
                            throw new UncheckedIOException("cannot copy " + entry.getName() + " out of " + jar, e);
                        }
                    }
                }
            }
        }
    }
}

/**
 * The installed app's class-data sharing archive (issue 18: the window shows about a second sooner). The launcher
 * names it ({@code -XX:SharedArchiveFile=$APPDIR/journey-studio.jsa} in app.txt); the .deb's postinst dumps it
 * with the image's runtime from the class list of the build's training run (target/cds, see CdsArchive), which
 * the image carries. Java 17 records the jars' absolute paths in an archive and serves no app class from a path
 * with a space, so it cannot be made at build time for an install folder; where it is missing the JVM starts
 * without it. The build checks the postinst's way on a copy of the image.
 */
final class SharedArchive {
    static final String ARCHIVE = "journey-studio.jsa";
    static final String CLASS_LIST = "journey-studio.classlist";
    /** The Linux image's layout, the only one that gets an archive (as the postinst's paths). */
    private static final String APP_DIR = "lib/app";
    private static final String JAVA = "lib/runtime/bin/java";
    private static final String LAUNCHER_CONFIG = "Journey Studio.cfg";

    private SharedArchive() {
    }

    /** Puts the build's class list into the image, for the installer's postinst to dump the archive from. */
    static void keepClassList(Path image, Path classList) throws IOException {
        Files.copy(classList, image.resolve(APP_DIR).resolve(CLASS_LIST), StandardCopyOption.REPLACE_EXISTING);
    }

    /** A copy of the image at {@code place} (a path without spaces, like /opt/journey-studio), to check it there. */
    static Path installedCopy(Path image, Path place) throws IOException {
        Packager.deleteRecursively(place);
        try (Stream<Path> files = Files.walk(image)) {
            for (Path from : files.toList()) {
                Files.copy(from, place.resolve(image.relativize(from).toString()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        return place;
    }

    /** Dumps the archive into {@code image}'s app folder from the class list kept there, as the postinst does. */
    static void dump(Path image) throws IOException, InterruptedException {
        Path app = image.resolve(APP_DIR).toAbsolutePath();
        Process dump = new ProcessBuilder(image.resolve(JAVA).toString(), "-Xshare:dump",
                "-XX:SharedClassListFile=" + app.resolve(CLASS_LIST), "-XX:SharedArchiveFile=" + app.resolve(ARCHIVE),
                "-cp", launcherClassPath(app)).redirectErrorStream(true).start();
        String output = new String(dump.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (dump.waitFor() != 0) {
            Packager.fail("the class-data sharing dump failed:\n" + output);
        }
        System.out.printf("[installer]   %s (%d MB)%n", app.resolve(ARCHIVE), Files.size(app.resolve(ARCHIVE)) >> 20);
    }

    /** The class path exactly as the launcher passes it: every jar of the app folder, listed in its .cfg file. */
    private static String launcherClassPath(Path app) throws IOException {
        List<String> entries = new ArrayList<>();
        for (String line : Files.readAllLines(app.resolve(LAUNCHER_CONFIG))) {
            if (line.startsWith("app.classpath=")) {
                entries.add(line.substring("app.classpath=".length()).replace("$APPDIR", app.toString()));
            }
        }
        return String.join(java.io.File.pathSeparator, entries);
    }
}

/** What differs between the three desktop platforms jpackage can build for. */
enum Platform {
    LINUX("linux", "deb", ".so", "lib"),
    WINDOWS("windows", "msi", ".dll", "bin"),
    MAC("mac", "dmg", ".dylib", "lib");

    private static final String APP_NAME = "Journey Studio";

    private final String id;
    private final String packageType;
    private final String nativeSuffix;
    private final String nativeLibDir;

    Platform(String id, String packageType, String nativeSuffix, String nativeLibDir) {
        this.id = id;
        this.packageType = packageType;
        this.nativeSuffix = nativeSuffix;
        this.nativeLibDir = nativeLibDir;
    }

    static Platform current() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return WINDOWS;
        }
        return os.contains("mac") ? MAC : LINUX;
    }

    String id() {
        return id;
    }

    String packageType() {
        return packageType;
    }

    String nativeLibDir() {
        return nativeLibDir;
    }

    boolean isNativeLibrary(String jarEntry) {
        return !jarEntry.contains("/") && jarEntry.endsWith(nativeSuffix);
    }

    /** The app-image folder jpackage writes under its --dest. */
    String imageName() {
        return this == MAC ? APP_NAME + ".app" : APP_NAME;
    }

    /** The launcher, inside the image, whose standard output reaches the caller (Windows GUI launchers have none). */
    String consoleLauncher() {
        return switch (this) {
            case LINUX -> "bin/" + APP_NAME;
            case WINDOWS -> "journey-studio-cli.exe";
            case MAC -> "Contents/MacOS/" + APP_NAME;
        };
    }

    /**
     * The version stamped into the package: numbers only, since MSI and macOS bundles reject "-SNAPSHOT". macOS
     * also refuses a first number of 0 (CFBundleVersion), so a 0.x build there needs an explicit version.
     */
    String appVersion(String version) {
        String numeric = version.replaceFirst("[-+].*$", "");
        if (!numeric.matches("\\d+(\\.\\d+){0,2}")) {
            Packager.fail("version '" + version + "' does not start with 1 to 3 dot-separated numbers, which every"
                    + " installer format needs; pass --app-version= (Maven: -Dinstaller.appVersion=1.2.3)");
        }
        if (this == MAC && numeric.matches("0+(\\..*)?")) {
            Packager.fail("macOS bundles need a version whose first number is at least 1, not '" + numeric
                    + "'; pass --app-version= (Maven: -Dinstaller.appVersion=1.0.0) to stamp the .dmg");
        }
        return numeric;
    }

    /** The external tool jpackage needs for this platform's installer, if it is not on the PATH. */
    Optional<String> missingPackagingTool() {
        return switch (this) {
            case LINUX -> onPath("dpkg-deb").isPresent() && onPath("fakeroot").isPresent() ? Optional.empty()
                    : Optional.of("a .deb needs dpkg-deb and fakeroot on the PATH (apt-get install dpkg-dev fakeroot)");
            case WINDOWS -> onPath("candle.exe").isPresent() && onPath("light.exe").isPresent() ? Optional.empty()
                    : Optional.of("an .msi needs the WiX Toolset 3.x (candle.exe, light.exe) on the PATH");
            case MAC -> Optional.empty();
        };
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
