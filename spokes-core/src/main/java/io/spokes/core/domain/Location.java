package io.spokes.core.domain;

/**
 * A point on the globe in decimal degrees (a capital, or a crisis theater). Distances are
 * great-circle distances on a sphere of mean Earth radius, as EUGene computes capital-to-capital
 * distance (Bennett and Stam 2000).
 */
public record Location(double lat, double lon) {
    /** Mean Earth radius in statute miles (IUGG mean radius 6371.0088 km). */
    public static final double EARTH_RADIUS_MILES = 6371.0088 / 1.609344;

    public Location {
        if (!(lat >= -90 && lat <= 90)) {
            throw new FieldException("lat", "latitude must lie in [-90, 90] degrees, got " + lat);
        }
        if (!(lon >= -180 && lon <= 180)) {
            throw new FieldException("lon", "longitude must lie in [-180, 180] degrees, got " + lon);
        }
    }

    /** Great-circle distance in statute miles (haversine formula). */
    public double milesTo(Location other) {
        double p1 = Math.toRadians(lat);
        double p2 = Math.toRadians(other.lat);
        double dp = p2 - p1;
        double dl = Math.toRadians(other.lon - lon);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }
}
