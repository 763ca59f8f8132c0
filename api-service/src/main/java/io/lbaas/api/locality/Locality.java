package io.lbaas.api.locality;

/**
 * Where a call is addressed: a region (Scaleway's regional form, {@code /regions/{region}}) or one zone of a
 * region (the zoned form, {@code /zones/{zone}}). A zonal call sees only its zone; a regional one sees every zone
 * of its region and creates in the region's default zone.
 */
public record Locality(String region, String zone, String defaultZone) {

    public boolean zonal() {
        return zone != null;
    }

    public boolean contains(String resourceRegion, String resourceZone) {
        return region.equals(resourceRegion) && (zone == null || zone.equals(resourceZone));
    }

    /** The zone a resource created by this call lives in. */
    public String zoneForNew() {
        return zone != null ? zone : defaultZone;
    }
}
