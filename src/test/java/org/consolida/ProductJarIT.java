package org.consolida;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Test;

/**
 * What ships: the runnable jar that {@code mvn package} built holds the product and its libraries, not the benchmarks
 * (they live in src/bench/java and go into consolida-&lt;version&gt;-bench.jar). Run by failsafe in {@code verify}.
 */
class ProductJarIT {
    private static Path productJar() {
        return Path.of(System.getProperty("consolida.productJar", "target/consolida.jar"));
    }

    @Test
    void theProductJarHoldsNoBenchmarkClass() throws IOException {
        Path jar = productJar();
        assertThat(jar).exists();
        try (JarFile file = new JarFile(jar.toFile())) {
            List<String> names = file.stream().map(JarEntry::getName).toList();
            assertThat(names).contains("org/consolida/cli/Main.class");
            assertThat(names).noneMatch(name -> name.startsWith("org/consolida/bench/"));
        }
    }

    @Test
    void theBenchJarHoldsTheBenchmarks() throws IOException {
        Path dir = productJar().getParent();
        try (var listing = Files.list(dir)) {
            Path bench = listing.filter(p -> p.getFileName().toString().endsWith("-bench.jar")).findFirst()
                    .orElseThrow(() -> new AssertionError("no *-bench.jar in " + dir));
            try (JarFile file = new JarFile(bench.toFile())) {
                List<String> names = file.stream().map(JarEntry::getName).toList();
                assertThat(names).contains("org/consolida/bench/PlanBench.class");
                assertThat(names).noneMatch(name -> name.startsWith("org/consolida/cli/"));
            }
        }
    }
}
