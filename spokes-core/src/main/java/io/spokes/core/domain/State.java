package io.spokes.core.domain;

/**
 * A state of the international system.
 *
 * @param id         ISO 3166-1 alpha-3 code (e.g. {@code KOR})
 * @param cowCode    Correlates of War numeric country code (e.g. 732)
 * @param name       readable name
 * @param capability {@code c_i > 0} on the scenario's capability index (a share of the system: COW
 *                   CINC, or the share of world military expenditure; docs/model.md §5.1)
 * @param nuclear    {@code n_i}, whether the state has nuclear weapons
 * @param source     citation for the capability, nuclear status, capital and ideal point (may be empty)
 * @param capital    location of the capital (COW capitals), or null: power is then not projected over distance
 * @param idealPoint UN General Assembly ideal point (Bailey, Strezhnev and Voeten 2017) of the scenario
 *                   year, or NaN when unknown (then no interest term from ideal points)
 */
public record State(String id, int cowCode, String name, double capability, boolean nuclear, String source,
                    Location capital, double idealPoint) {
    public State {
        source = source == null ? "" : source;
        if (id == null || !id.matches("[A-Z]{3}")) {
            throw new FieldException("id", "state id must be an ISO 3166-1 alpha-3 code of three capital letters, got " + FieldException.quote(id));
        }
        if (cowCode <= 0 || cowCode > 999) {
            throw new FieldException("cow", "COW country code must be between 1 and 999, got " + cowCode);
        }
        if (name == null || name.isBlank()) {
            throw new FieldException("name", "state " + FieldException.quote(id) + " needs a name");
        }
        if (!(capability > 0) || !Double.isFinite(capability)) {
            throw new FieldException("capability", "capability of " + FieldException.quote(id) + " must be a positive finite number (e.g. its CINC score), got " + capability);
        }
        if (Double.isInfinite(idealPoint)) {
            throw new FieldException("ideal_point", "ideal point of " + FieldException.quote(id) + " must be a finite number, got " + idealPoint);
        }
    }

    /** A state without capital or ideal point (both unknown). */
    public State(String id, int cowCode, String name, double capability, boolean nuclear, String source) {
        this(id, cowCode, name, capability, nuclear, source, null, Double.NaN);
    }

    /** The COW region of this state (docs/model.md §5.4). */
    public Region region() {
        return Region.ofCowCode(cowCode);
    }

    public boolean hasIdealPoint() {
        return !Double.isNaN(idealPoint);
    }

    public State withCapability(double newCapability) {
        return new State(id, cowCode, name, newCapability, nuclear, source, capital, idealPoint);
    }

    public State withNuclear(boolean newNuclear) {
        return new State(id, cowCode, name, capability, newNuclear, source, capital, idealPoint);
    }

    public State withCapital(Location newCapital) {
        return new State(id, cowCode, name, capability, nuclear, source, newCapital, idealPoint);
    }

    public State withIdealPoint(double newIdealPoint) {
        return new State(id, cowCode, name, capability, nuclear, source, capital, newIdealPoint);
    }
}
