package io.typedoo.cli.command;

import io.typedoo.domain.Domain;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Parameters;

/**
 * The {@code MODEL [DOMAIN]} arguments of the commands that work on the records of a model matching a domain,
 * mixed into them with picocli's {@code @Mixin}.
 */
final class ModelAndDomain {

    @Parameters(index = "0", paramLabel = "MODEL", description = "The technical model name, such as res.partner.")
    String model;

    @Parameters(index = "1", arity = "0..1", paramLabel = "DOMAIN",
            description = "An Odoo domain, such as \"[('is_company','=',True)]\".")
    @Nullable String domain;

    private Domain parsed = Domain.all();

    /**
     * Parses the domain, before anything goes on the wire (see {@link ConnectedCommand#prepare()}).
     *
     * @throws io.typedoo.cli.CliException (usage) for a malformed domain
     */
    void parse() {
        parsed = ConnectedCommand.domain(domain);
    }

    /** The parsed domain; every record when none was given. */
    Domain parsed() {
        return parsed;
    }
}
