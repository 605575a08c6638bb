package vn.bienphong.emulation.award.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Multi;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;
import vn.bienphong.emulation.common.api.EmulationYears;
import vn.bienphong.emulation.award.service.StandingsBroadcaster;
import vn.bienphong.emulation.award.service.StandingsQueries;
import vn.bienphong.emulation.award.service.StandingsRebuild;
import vn.bienphong.emulation.common.events.contract.StandingsUpdated;
import vn.bienphong.emulation.common.security.Roles;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Standings", description = "Standings of each cluster and year, moved by every report event")
@Authenticated
public class StandingsResource {

    private final StandingsQueries queries;
    private final StandingsBroadcaster broadcaster;
    private final StandingsRebuild rebuild;

    public StandingsResource(StandingsQueries queries, StandingsBroadcaster broadcaster, StandingsRebuild rebuild) {
        this.queries = queries;
        this.broadcaster = broadcaster;
        this.rebuild = rebuild;
    }

    @GET
    @Path("/standings/{cluster}/{year}")
    @Operation(summary = "The standings of a cluster and year",
            description = "Rank, unit, score, the breakdown by criterion and the reports behind each figure; the scheme's tie-break rules, and for each unit the rule that placed it below the one before.")
    public StandingsDtos.Standings standings(@PathParam("cluster") int cluster,
                                             @PathParam("year") @Min(value = EmulationYears.FIRST, message = EmulationYears.RANGE) @Max(value = EmulationYears.LAST, message = EmulationYears.RANGE) int year) {
        return queries.standings(cluster, year);
    }

    @GET
    @Path("/units/{unitCode}/standings")
    @Operation(summary = "A unit's rank and score in every year it was ranked")
    public StandingsDtos.UnitHistory history(@PathParam("unitCode") String unitCode) {
        return queries.history(unitCode);
    }

    @GET
    @Path("/standings/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "Live standings changes (Server-Sent Events)",
            description = "Each change as a standings-updated.v1 data object, after it is stored; optionally of one cluster and year.")
    public Multi<StandingsUpdated> stream(@QueryParam("cluster") Integer cluster, @QueryParam("year") Integer year) {
        return broadcaster.changes(cluster, year);
    }

    @POST
    @Path("/standings/rebuild")
    @RolesAllowed(Roles.COUNCIL)
    @Operation(summary = "Rebuild every standing from the report topic",
            description = "Forgets the totals and standings and replays report-events from its start; answers when done, with counts.")
    public StandingsDtos.RebuildResult rebuild() {
        return rebuild.rebuild();
    }
}
