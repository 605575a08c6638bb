package vn.bienphong.emulation.common.security;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.bienphong.emulation.common.problem.ProblemException;

/** Who is calling, from the bearer token: the role, the unit it speaks for, the cluster it chairs. */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public Optional<String> unitCode() {
        return Optional.ofNullable(token.<Object>getClaim(Roles.UNIT_CLAIM)).map(Object::toString);
    }

    public Optional<Integer> clusterNumber() {
        Object claim = token.getClaim(Roles.CLUSTER_CLAIM);
        if (claim == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(claim.toString()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A command system or the council may act for any unit; a unit only for itself. */
    public void requireMayActFor(String unitCode) {
        if (hasRole(Roles.SYSTEM) || hasRole(Roles.COUNCIL)) {
            return;
        }
        String own = unitCode().orElse(null);
        if (hasRole(Roles.UNIT) && unitCode != null && unitCode.equals(own)) {
            return;
        }
        throw ProblemException.forbidden("a unit may act only for itself: the token speaks for "
                + (own == null ? "no unit" : own) + ", the request is for " + unitCode);
    }

    /** The chair role is bound to the cluster in its token. */
    public void requireChairOf(int clusterNumber) {
        if (hasRole(Roles.COUNCIL)) {
            return;
        }
        if (hasRole(Roles.CHAIR) && clusterNumber().filter(c -> c == clusterNumber).isPresent()) {
            return;
        }
        throw ProblemException.forbidden("only the chair of cluster " + clusterNumber + " may do this; the token is for "
                + clusterNumber().map(c -> "cluster " + c).orElse("no cluster"));
    }
}
