package io.typedoo.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest, for {@code typedoo --version}. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Typedoo.class.getPackage().getImplementationVersion();
        return new String[] {"typedoo " + (version == null ? "(development build)" : version),
            "Java " + Runtime.version()};
    }
}
