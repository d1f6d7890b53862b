package org.journeystudio.ui.fakes;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.json.JourneyFile;
import org.journeystudio.store.json.JourneyFormatException;
import org.journeystudio.usecase.JourneyFiles;

/** Journey files kept in memory: what was written can be read back; a broken file fails like a real one. */
public final class FakeFiles implements JourneyFiles {
    private final Map<Path, JourneyFile> files = new HashMap<>();
    private final Map<Path, JourneyFormatException> broken = new HashMap<>();

    public void put(Path file, JourneyMap map) {
        files.put(file, JourneyFile.of(map));
    }

    public void putBroken(Path file, int line, int column, String problem) {
        broken.put(file, new JourneyFormatException(file.toString(), line, column, problem));
    }

    public JourneyMap written(Path file) {
        return files.containsKey(file) ? files.get(file).map() : null;
    }

    @Override
    public synchronized JourneyMap read(Path file) throws IOException, JourneyFormatException {
        return readFile(file).map();
    }

    @Override
    public synchronized void write(JourneyMap map, Path file) {
        write(JourneyFile.of(map), file);
    }

    @Override
    public synchronized JourneyFile readFile(Path file) throws IOException, JourneyFormatException {
        if (broken.containsKey(file)) {
            throw broken.get(file);
        }
        JourneyFile content = files.get(file);
        if (content == null) {
            throw new java.nio.file.NoSuchFileException(file.toString());
        }
        return content;
    }

    @Override
    public synchronized void write(JourneyFile content, Path file) {
        files.put(file, content);
    }
}
