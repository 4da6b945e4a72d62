package io.spokes.web.api;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.spokes.core.study.Comparison;
import io.spokes.core.study.VariantOutcome;
import io.spokes.io.result.CrisisJson;
import io.spokes.io.result.TidyCsv;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** A lab request solved under every variant it asks for, as {@code spokes compare} would solve it. */
public record Solved(LabRequest request, List<VariantOutcome> outcomes) {
    public Solved {
        outcomes = List.copyOf(outcomes);
    }

    public static Solved of(LabRequest request) {
        return new Solved(request, new Comparison(request.scenario(), request.seed())
                .run(request.variants(), List.of(request.crisis())));
    }

    /** {@code spokes compare --format json} for the same inputs, plus the request that made it. */
    public ObjectNode json() {
        ObjectNode o = CrisisJson.comparison(request.scenario().name(), outcomes, request.seed());
        o.set("request", request.toJson());
        return o;
    }

    /** The tidy CSV of {@code spokes compare --format csv}. */
    public String csv() {
        StringWriter w = new StringWriter();
        try {
            TidyCsv.write(w, request.scenario().name(), outcomes, request.seed());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }
}
