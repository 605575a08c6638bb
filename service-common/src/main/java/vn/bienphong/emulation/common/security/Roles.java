package vn.bienphong.emulation.common.security;

/**
 * The roles a bearer token carries in its {@code groups} claim: who the caller is. A {@code unit}
 * token also carries the unit's code in the {@code unit} claim. There is no chair role: the
 * powers of a cluster's chair (opening and closing its ballot for a year) belong to the unit that
 * holds the chair flag of that cluster for that year, as cluster-service records it, and that unit
 * uses them with its own {@code unit} token (award-service's {@code ChairPowers}).
 */
public final class Roles {

    /** The Emulation and Commendation Council: manages clusters, units, schemes; decides nominations. */
    public static final String COUNCIL = "council";
    /** One unit: reports and votes for itself only. */
    public static final String UNIT = "unit";
    /** A command system: reports for any unit, reads everything. */
    public static final String SYSTEM = "system";
    /** Read only. */
    public static final String VIEWER = "viewer";

    public static final String UNIT_CLAIM = "unit";

    private Roles() {
    }
}
