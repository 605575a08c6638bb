package vn.bienphong.emulation.common.security;

/**
 * The roles a bearer token carries in its {@code groups} claim. A {@code unit} token also carries
 * the unit's code in the {@code unit} claim; a {@code chair} token the cluster number in {@code cluster}
 * and the chair unit's code in {@code unit}.
 */
public final class Roles {

    /** The Emulation and Commendation Council: manages clusters, units, schemes; decides nominations. */
    public static final String COUNCIL = "council";
    /** The chair unit of one cluster: opens and closes its cluster's ballots. */
    public static final String CHAIR = "chair";
    /** One unit: reports and votes for itself only. */
    public static final String UNIT = "unit";
    /** A command system: reports for any unit, reads everything. */
    public static final String SYSTEM = "system";
    /** Read only. */
    public static final String VIEWER = "viewer";

    public static final String UNIT_CLAIM = "unit";
    public static final String CLUSTER_CLAIM = "cluster";

    private Roles() {
    }
}
