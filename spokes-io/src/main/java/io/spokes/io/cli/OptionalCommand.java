package io.spokes.io.cli;

/**
 * A {@code spokes} subcommand that lives in its own jar with its own dependencies ({@code serve}
 * with the web server, {@code sweep} and {@code analyze} with Parquet and Hipparchus), so that
 * {@code spokes crisis} or {@code report} neither ships nor loads them. The main command finds
 * every one on its class path with {@link java.util.ServiceLoader}: an implementation is a picocli
 * {@code @Command} class with a public no-argument constructor, named in its jar's
 * {@code META-INF/services/io.spokes.io.cli.OptionalCommand} (docs/architecture.md).
 */
public interface OptionalCommand {
}
