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
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Builds Journey Studio's native package for the OS it runs on: a jlinked runtime, a jpackage app-image, a
 * {@code --version} smoke test of that image, then the installer (.deb, .msi or .dmg) made from the same image.
 *
 * <p>Run from the project root after {@code ./mvnw package} (the {@code installer} Maven profile does both):
 * {@code java installer/Packager.java --version 0.1.0 [--app-version 1.0.0] [--image-only true]}. The jpackage and jlink options live in
 * the checked-in argument files under {@code installer/jpackage/} and {@code installer/jlink.txt}; this program
 * only adds what is computed (module list, paths, version). Where the JDK has no jpackage, jlink or jmods it
 * prints why and stops without failing, so a JRE-only machine can still run the build.
 */
public final class Packager {
    private static final Path TARGET = Path.of("target");
    private static final Path WORK = TARGET.resolve("installer");
    private static final String MAIN_JAR = "journey-studio.jar";
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
        String appVersion = null;
        boolean imageOnly = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--version" -> version = i + 1 < args.length ? args[++i] : null;
                case "--app-version" -> appVersion = i + 1 < args.length ? args[++i] : null;
                case "--image-only" -> imageOnly = i + 1 < args.length && Boolean.parseBoolean(args[++i]);
                default -> fail("unknown argument '" + args[i] + "'; usage: java installer/Packager.java"
                        + " --version X.Y.Z[-QUALIFIER] [--app-version X.Y.Z] [--image-only true|false]");
            }
        }
        if (version == null) {
            fail("--version is missing; pass the project version, e.g. --version 0.1.0");
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
        // A blank --app-version is what Maven passes when -Dinstaller.appVersion is not set.
        boolean appVersionGiven = appVersion != null && !appVersion.isBlank();
        new Packager(version, appVersionGiven ? appVersion : version, imageOnly).run();
    }

    private void run() throws IOException, InterruptedException {
        Path jar = TARGET.resolve(MAIN_JAR);
        Path lib = TARGET.resolve("lib");
        if (!Files.isRegularFile(jar) || !Files.isDirectory(lib)) {
            fail(jar + " or " + lib + "/ is missing; run ./mvnw package first (or ./mvnw -Pinstaller package)");
        }
        deleteRecursively(WORK);
        Layout layout = Layout.split(jar, lib, WORK);

        String modules = step("jdeps: modules the app needs", () -> Toolbox.jdepsModules(layout));
        System.out.println("[installer]   " + modules);

        Path runtime = WORK.resolve("runtime");
        step("jlink: runtime image", () -> {
            Toolbox.run("jlink", "--module-path", layout.javafx().toString(), "@installer/jlink.txt",
                    "--add-modules", modules, "--output", runtime.toString());
            // JavaFX's native libraries go where a jmod-built runtime keeps them, so JavaFX loads them from
            // java.home instead of unpacking copies into ~/.openjfx/cache on first start.
            NativeLibraries.copyInto(layout.javafx(), runtime.resolve(platform.nativeLibDir()), platform);
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

        step("smoke test: --version from the app-image", () -> {
            smokeTest(image.resolve(platform.consoleLauncher()));
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
    private void smokeTest(Path launcher) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(launcher.toString(), "--version").redirectErrorStream(true).start();
        process.getOutputStream().close();
        if (!process.waitFor(SMOKE_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(launcher + " --version did not finish within " + SMOKE_TIMEOUT.toSeconds() + " s");
        }
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
        String expected = "Journey Studio " + version;
        if (process.exitValue() != 0 || !output.equals(expected)) {
            fail(launcher + " --version exited " + process.exitValue() + " printing '" + output
                    + "'; expected '" + expected + "'");
        }
        System.out.println("[installer]   '" + output + "'");
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

    /** The class-path jars, for jdeps. */
    List<String> classPathJars() throws IOException {
        List<String> jars = new ArrayList<>();
        try (Stream<Path> appJars = Files.list(input())) {
            appJars.filter(p -> p.toString().endsWith(".jar")).forEach(p -> jars.add(p.toString()));
        }
        try (Stream<Path> libs = Files.list(input().resolve("lib"))) {
            libs.sorted().forEach(p -> jars.add(p.toString()));
        }
        return jars;
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

    /** The JDK modules the app's class path uses, per jdeps, as a comma-separated list. */
    static String jdepsModules(Layout layout) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("--print-module-deps", "--ignore-missing-deps",
                "--multi-release", "17", "--module-path", layout.javafx().toString()));
        args.addAll(layout.classPathJars());
        String output = run("jdeps", args.toArray(String[]::new)).strip();
        String last = output.lines().reduce((first, second) -> second).orElse("");
        if (!last.matches("[\\w.]+(,[\\w.]+)*")) {
            Packager.fail("jdeps did not print a module list; its output was:\n" + output);
        }
        return last;
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
                    + " installer format needs; pass --app-version (Maven: -Dinstaller.appVersion=1.2.3)");
        }
        if (this == MAC && numeric.matches("0+(\\..*)?")) {
            Packager.fail("macOS bundles need a version whose first number is at least 1, not '" + numeric
                    + "'; pass --app-version (Maven: -Dinstaller.appVersion=1.0.0) to stamp the .dmg");
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
