package vn.bienphong.emulation.common.security;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.bienphong.emulation.common.problem.ProblemException;

/** Who is calling, from the bearer token: the role, and for a unit token the unit it speaks for. */
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

    /** The unit a {@code unit} token speaks for; empty for any other token. */
    public Optional<String> ownUnit() {
        return hasRole(Roles.UNIT) ? unitCode() : Optional.empty();
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
}
