package org.consolida.batch.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.consolida.inventory.InvalidInputException;
import org.consolida.inventory.Problem;

/**
 * The members a cluster member contacts to join: {@code --cluster members.txt} (one {@code host[:port]} per line,
 * {@code #} comments and blank lines ignored) or {@code --cluster host:port,host:port}. A member without a port is
 * looked for on {@value #DEFAULT_PORT} and the next two ports. Reading this list touches nothing of Hazelcast.
 */
public final class MemberList {
    public static final int DEFAULT_PORT = 5701;
    private static final Pattern ENTRY = Pattern.compile("(\\[[0-9A-Fa-f:.]+]|[A-Za-z0-9._-]+)(?::(\\d{1,5}))?");

    private MemberList() {
    }

    /** The members named by the value of {@code --cluster}: a file of them if one exists at that path, else a list. */
    public static List<String> parse(String value) {
        Path file = Path.of(value);
        if (Files.isRegularFile(file)) {
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw InvalidInputException.of(value, "", "cannot be read: " + e.getMessage());
            }
            List<String> members = new ArrayList<>();
            List<Problem> problems = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).replaceFirst("#.*", "").strip();
                if (!line.isEmpty()) {
                    entry(line, value, "line " + (i + 1), members, problems);
                }
            }
            if (problems.isEmpty() && members.isEmpty()) {
                problems.add(Problem.error(value, "", "names no member: write one host:port per line"));
            }
            return result(members, problems);
        }
        List<String> members = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        String[] entries = value.split(",", -1);
        for (int i = 0; i < entries.length; i++) {
            entry(entries[i].strip(), "--cluster", entries.length == 1 ? "" : "member " + (i + 1), members, problems);
        }
        return result(members, problems);
    }

    private static void entry(String text, String file, String where, List<String> members, List<Problem> problems) {
        Matcher m = ENTRY.matcher(text);
        if (!m.matches()) {
            problems.add(Problem.error(file, where, "\"" + text + "\" is neither a file nor host:port (such as"
                    + " 10.0.0.5:5701 or batch-0.workers:5701)"));
            return;
        }
        if (m.group(2) != null) {
            int port = Integer.parseInt(m.group(2));
            if (port < 1 || port > 65_535) {
                problems.add(Problem.error(file, where, "port " + port + " of \"" + text + "\" is not 1 to 65535"));
                return;
            }
        }
        members.add(text);
    }

    private static List<String> result(List<String> members, List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return List.copyOf(members);
    }
}
