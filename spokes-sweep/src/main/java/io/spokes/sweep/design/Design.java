package io.spokes.sweep.design;

import io.spokes.sweep.experiment.Experiment;

/**
 * Points in the unit cube {@code [0,1]^k}, one coordinate per factor, numbered {@code 0 .. size-1}.
 * A design is a pure function of the experiment (its seed included), so every backend and every
 * resumed run sees the same points.
 */
public interface Design {
    int size();

    int dimension();

    /** The unit coordinates of point {@code id}. */
    double[] unit(int id);

    /** The design an experiment asks for. */
    static Design of(Experiment e) {
        int k = e.factors().size();
        return switch (e.design()) {
            case FACTORIAL -> new FactorialDesign(e.factors());
            case LATIN -> new LatinHypercube(k, e.points(), DesignRandom.of(e.seed()));
            case SOBOL -> new SaltelliDesign(k, e.points());
            case MORRIS -> new MorrisDesign(k, e.points(), e.levels(), e.candidates(), DesignRandom.of(e.seed()));
        };
    }
}
