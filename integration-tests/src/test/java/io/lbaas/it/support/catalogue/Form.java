package io.lbaas.it.support.catalogue;

/** The two path forms of Scaleway's LB API: the same operations under a zone or under its region. */
public enum Form {
    ZONED("/lb/v1/zones/fr-par-1"),
    REGIONAL("/lb/v1/regions/fr-par");

    private final String prefix;

    Form(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }
}
