package org.consolida.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.consolida.rules.RuleBase;

/**
 * Where the rules are when no {@code --rules} is given: {@code rules/} in the working folder, where a user keeps an
 * edited copy, else the folder shipped beside the launcher ({@code consolida.home}, set by {@code ./consolida}).
 */
final class DefaultRules {
    private DefaultRules() {
    }

    static Path folder() {
        if (Files.isDirectory(RuleBase.DEFAULT_FOLDER)) {
            return RuleBase.DEFAULT_FOLDER;
        }
        String home = System.getProperty("consolida.home");
        if (home != null && Files.isDirectory(Path.of(home, "rules"))) {
            return Path.of(home, "rules");
        }
        return RuleBase.DEFAULT_FOLDER;
    }
}
