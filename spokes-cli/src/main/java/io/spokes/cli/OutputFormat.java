package io.spokes.cli;

/** How a command prints its results. */
enum OutputFormat {
    table, json, csv
}
