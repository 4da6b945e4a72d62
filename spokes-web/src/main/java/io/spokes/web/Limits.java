package io.spokes.web;

import io.spokes.core.domain.Parameter;
import io.spokes.core.domain.Parameters;
import io.spokes.core.domain.Scenario;

import java.time.Duration;

/**
 * What the lab accepts, so that no request can make it hang or run out of memory (docs/api.md,
 * "Limits"). The command line has no such caps; larger studies belong there or in a sweep.
 */
public final class Limits {
    /** Request bodies above this get 413. */
    public static final int MAX_BODY_BYTES = 1 << 20;
    public static final int MAX_STATES = 100;
    public static final int MAX_TREATIES = 2_000;
    public static final int MAX_MEMBERS = MAX_STATES;
    public static final int MAX_RIVALRIES = 2_000;
    public static final int MAX_AFFINITIES = 10_000;
    public static final int MAX_CRISES = 100;
    public static final int MAX_AMENDMENTS = 5_000;
    /** Variants in one comparison, the baseline included. */
    public static final int MAX_VARIANTS = 16;
    /** Coalition draws: above it, sampled expectations cost more than a page can wait for. */
    public static final int MAX_SAMPLES = 16_384;
    public static final int MAX_ITERATIONS = 5_000;
    /** A computation still running after this answers 503 instead of keeping the page waiting. */
    public static final Duration SOLVE_TIMEOUT = Duration.ofSeconds(20);
    public static final int MAX_LABEL_CHARS = 200;
    /**
     * A request body must arrive in full within this time, else 408 and the connection is closed:
     * 1 MiB takes under 9 s even at 1 Mbit/s, and a body from the page (a few KiB) milliseconds.
     */
    public static final Duration BODY_DEADLINE = Duration.ofSeconds(10);
    /** Bodies one client address may be sending at once (a browser opens at most 6 connections to a host). */
    public static final int MAX_BODIES_PER_CLIENT = 16;
    /** Request line and headers together (Jetty's default, set explicitly): above it 414 or 431. */
    public static final int MAX_HEADER_BYTES = 8_192;

    private Limits() {
    }

    /** Rejects a scenario larger than the lab takes, naming the list and the limit. */
    public static Scenario check(Scenario s) {
        count("states", s.states().size(), MAX_STATES);
        count("treaties", s.treaties().size(), MAX_TREATIES);
        count("rivalries", s.rivalries().size(), MAX_RIVALRIES);
        count("affinities", s.affinities().size(), MAX_AFFINITIES);
        count("crises", s.crises().size(), MAX_CRISES);
        count("amendments", s.amendments().size(), MAX_AMENDMENTS);
        for (int i = 0; i < s.treaties().size(); i++) {
            count("treaties[" + i + "].members", s.treaties().get(i).members().size(), MAX_MEMBERS);
        }
        check(s.parameters());
        return s;
    }

    /** Rejects parameters whose computation could run for minutes. */
    public static Parameters check(Parameters p) {
        cap(p, Parameter.SAMPLES, MAX_SAMPLES);
        cap(p, Parameter.MAX_ITERATIONS, MAX_ITERATIONS);
        return p;
    }

    /** Rejects a list longer than {@code max} before any work is done on it. */
    public static void count(String field, int size, int max) {
        if (size > max) {
            throw ApiException.invalid(field, "the web lab takes at most " + max + " " + noun(field) + ", got " + size
                    + "; use the command line (spokes crisis/compare) for larger scenarios");
        }
    }

    private static void cap(Parameters p, Parameter par, int max) {
        if (p.get(par) > max) {
            throw ApiException.invalid("parameters." + par.symbol(), "the web lab takes " + par.symbol() + " up to " + max
                    + " (got " + (long) p.get(par) + ") so that every answer comes within seconds; use the command line for more");
        }
    }

    private static String noun(String field) {
        int dot = field.lastIndexOf('.');
        return dot < 0 ? field : field.substring(dot + 1);
    }
}
