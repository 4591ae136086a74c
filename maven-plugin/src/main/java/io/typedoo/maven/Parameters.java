package io.typedoo.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.jspecify.annotations.Nullable;

/** Checks of the parameters Maven may leave empty, with messages that name the parameter and its property. */
final class Parameters {

    private Parameters() {
    }

    static List<String> models(@Nullable List<String> models, String goal) throws MojoExecutionException {
        if (models == null || models.isEmpty() || models.stream().anyMatch(m -> m == null || m.isBlank())) {
            throw new MojoExecutionException(goal + " needs the models, such as <models><model>todo.task</model>"
                    + "</models> or -Dtypedoo.models=todo.task,res.users");
        }
        return List.copyOf(models);
    }

    static File file(@Nullable File file, String name, String goal) throws MojoExecutionException {
        if (file == null) {
            throw new MojoExecutionException(goal + " needs " + name + " (typedoo." + name + ")");
        }
        return file;
    }
}
