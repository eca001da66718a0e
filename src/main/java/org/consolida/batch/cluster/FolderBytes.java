package org.consolida.batch.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.consolida.io.AtomicFiles;

/** A folder's files as bytes by relative path ({@code /} separated), so that they can travel with a task or its result. */
final class FolderBytes {
    private FolderBytes() {
    }

    static TreeMap<String, byte[]> read(Path folder) throws IOException {
        TreeMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                files.put(folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return files;
    }

    /** Writes each file under {@code folder}, atomically; a name that would land outside it is refused. */
    static void write(Map<String, byte[]> files, Path folder) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path target = root.resolve(file.getKey()).normalize();
            if (!target.startsWith(root) || target.equals(root)) {
                throw new IOException("refusing to write \"" + file.getKey() + "\" outside " + folder);
            }
            byte[] bytes = file.getValue();
            AtomicFiles.write(target, out -> out.write(bytes));
        }
    }

    static void delete(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException ignored) {
            // a temporary folder left behind is not worth failing a scenario over
        }
    }
}
