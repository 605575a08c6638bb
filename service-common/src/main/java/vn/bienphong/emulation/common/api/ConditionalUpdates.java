package vn.bienphong.emulation.common.api;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.ObjectMapper;
import vn.bienphong.emulation.common.problem.ProblemException;
import vn.bienphong.emulation.common.sql.ResourceLocks;

/**
 * {@code If-Match} on every PUT: the change is made only while the resource is as the client last saw
 * it (the {@code ETag} of its GET, or of the PUT that last changed it); otherwise {@code 412} and nothing
 * is stored or published. Two council members editing the same scheme can no longer overwrite each
 * other unknowingly: the second one's PUT names a tag that is no longer current.
 * <p>
 * The current tag is the digest {@link EntityTags} gives the resource's GET, computed from the same view.
 * The check and the change run in one transaction that holds a lock on the resource (an advisory lock
 * on its path), so two PUTs with the same tag cannot both pass. A PUT without {@code If-Match} is still
 * accepted (clients written before it keep working) and takes the same lock.
 */
@ApplicationScoped
public class ConditionalUpdates {

    public static final String HEADER = HttpHeaders.IF_MATCH;

    private final ResourceLocks locks;
    private final ObjectMapper json;

    public ConditionalUpdates(ResourceLocks locks, ObjectMapper json) {
        this.locks = locks;
        this.json = json;
    }

    /**
     * Replaces a resource when {@code ifMatch} (null when not sent) names its current representation.
     *
     * @param resource its path, e.g. {@code /api/v1/units/BDBP-LAO-CAI}: what the lock is taken on
     * @param current  the resource's view as its GET answers it; a 404 from it means it does not exist yet
     * @param change   makes the change; returns where a new resource lives (answered 201) or null for a change (200)
     * @return the resource as stored, with its new {@code ETag}
     */
    @Transactional
    public Response replace(String resource, String ifMatch, Supplier<?> current, Supplier<URI> change) {
        locks.lockUntilCommit("PUT " + resource);
        if (ifMatch != null) {
            check(resource, ifMatch, current);
        }
        URI created = change.get();
        // read the view back as a GET after the commit will: from the database, not from the objects just changed
        locks.flushAndForget();
        Object view = current.get();
        Response.ResponseBuilder answer = created == null ? Response.ok(view) : Response.created(created).entity(view);
        EntityTag tag = EntityTags.tagOf(json, view);
        return tag == null ? answer.build() : answer.tag(tag).build();
    }

    private void check(String resource, String ifMatch, Supplier<?> current) {
        Object view;
        try {
            view = current.get();
        } catch (ProblemException e) {
            if (e.status() != 404) {
                throw e;
            }
            view = null;
        }
        EntityTag tag = view == null ? null : EntityTags.tagOf(json, view);
        if (tag == null || !matches(ifMatch, tag)) {
            throw new ProblemException(412, "Precondition failed", view == null
                    ? resource + " does not exist, so no If-Match can name it; send the PUT without If-Match to create it"
                    : resource + " has changed since " + ifMatch.strip() + " was read (it is now \"" + tag.getValue()
                            + "\"); read it again, apply the change to what it is now and send the PUT with its new ETag",
                    List.of());
        }
    }

    /** Strong comparison (RFC 9110): a weak tag never matches; {@code *} matches any current representation. */
    private static boolean matches(String ifMatch, EntityTag tag) {
        String quoted = "\"" + tag.getValue() + "\"";
        return Arrays.stream(ifMatch.split(",")).map(String::strip).anyMatch(t -> t.equals("*") || t.equals(quoted));
    }
}
