package io.spokes.sweep.run;

import io.spokes.sweep.experiment.Experiment;
import io.spokes.sweep.experiment.ExperimentReader;

import java.io.Serializable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An experiment as the texts it was read from, small and serializable, so that another process (a
 * Spark executor) rebuilds exactly the same experiment. Rebuilt once per process.
 */
public record ExperimentSource(String file, String text, String scenarioFile, String scenarioText) implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Map<ExperimentSource, Experiment> LOADED = new ConcurrentHashMap<>();

    public static ExperimentSource of(Experiment e) {
        return new ExperimentSource(e.file(), e.text(), e.scenarioFile(), e.scenarioText());
    }

    public Experiment load() {
        return LOADED.computeIfAbsent(this, s -> ExperimentReader.read(s.file, s.text, s.scenarioFile, s.scenarioText));
    }
}
