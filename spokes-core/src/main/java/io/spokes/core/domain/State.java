package io.spokes.core.domain;

/**
 * A state of the international system.
 *
 * @param id         ISO 3166-1 alpha-3 code (e.g. {@code KOR})
 * @param cowCode    Correlates of War numeric country code (e.g. 732)
 * @param name       readable name
 * @param capability {@code c_i > 0}, by default the COW CINC score of the scenario year
 * @param nuclear    {@code n_i}, whether the state has nuclear weapons
 * @param source     citation for the capability and nuclear status (may be empty)
 */
public record State(String id, int cowCode, String name, double capability, boolean nuclear, String source) {
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
    }

    public State withCapability(double newCapability) {
        return new State(id, cowCode, name, newCapability, nuclear, source);
    }

    public State withNuclear(boolean newNuclear) {
        return new State(id, cowCode, name, capability, newNuclear, source);
    }
}
