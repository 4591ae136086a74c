package io.typedoo.benchmarks.processing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelSourcesTest {

    @Test
    void writtenInterfacesCompileWithoutTheProcessor(@TempDir Path dir) {
        List<Path> sources = ModelSources.write(dir.resolve("src"), 3);

        assertEquals(3, sources.size());
        assertEquals(0, new InProcessJavac().compile(sources, false, dir.resolve("out")));
    }
}
