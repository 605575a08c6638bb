package vn.bienphong.emulation.award.api;

import java.net.URI;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.Authenticated;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.bienphong.emulation.common.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.bienphong.emulation.common.api.ConditionalUpdates;
import vn.bienphong.emulation.common.api.EmulationYears;
import vn.bienphong.emulation.common.api.Page;
import vn.bienphong.emulation.common.api.PageRequest;
import vn.bienphong.emulation.common.idempotency.IdempotentRequests;
import vn.bienphong.emulation.award.service.SchemeService;
import vn.bienphong.emulation.common.security.Roles;

@Path("/api/v1/schemes/{cluster}/{year}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Scoring schemes", description = "The emulation pact's criteria, weights, targets, award bonuses and tie-break rules; bonus and penalty points")
@Authenticated
public class SchemeResource {

    private final SchemeService schemes;
    private final ConditionalUpdates conditional;
    private final IdempotentRequests idempotent;

    public SchemeResource(SchemeService schemes, ConditionalUpdates conditional, IdempotentRequests idempotent) {
        this.schemes = schemes;
        this.conditional = conditional;
        this.idempotent = idempotent;
    }

    @GET
    @Operation(operationId = "getScheme", summary = "The scheme of a cluster and year, or of one of its peak campaigns",
            description = "The default scheme (isDefault) when the cluster has none for the year. With ?campaign=CODE (the code the "
                    + "campaign's reports carry as their period label, e.g. giai-phong-mien-nam-50) the campaign's scheme: 404 when none "
                    + "was set (a campaign has no default), 400 for a code that cannot name a campaign.")
    @APIResponse(responseCode = "200", description = "The scheme",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SchemeDtos.Scheme.class)))
    @APIResponse(responseCode = "404", description = "No scheme asks for the campaign (a campaign has no default)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no campaign scheme", value = SchemeResource.NO_CAMPAIGN_SCHEME)))
    @APIResponse(responseCode = "400", description = "A campaign code that cannot name a campaign, or a year out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad campaign code", value = SchemeResource.BAD_CAMPAIGN)))
    public SchemeDtos.Scheme get(@PathParam("cluster") @Min(value = 1, message = "must be 1 or more") int cluster,
                                 @PathParam("year") @Min(value = EmulationYears.FIRST, message = EmulationYears.RANGE) @Max(value = EmulationYears.LAST, message = EmulationYears.RANGE) int year,
                                 @Parameter(description = CAMPAIGN) @QueryParam("campaign") String campaign) {
        return SchemeMapping.scheme(schemes.get(cluster, year, campaign));
    }

    static final String NO_CAMPAIGN_SCHEME = "{\"type\": \"urn:bienphong:emulation:problem:not-found\", \"title\": \"Not found\", "
            + "\"status\": 404, \"detail\": \"cluster 1 has no scheme for the campaign tet-2025 in 2025: a campaign's standings are kept "
            + "once the council sets its scheme\", \"instance\": \"/api/v1/standings/1/2025\"}";
    static final String BAD_CAMPAIGN = "{\"type\": \"urn:bienphong:emulation:problem:invalid-input\", \"title\": \"Invalid input\", "
            + "\"status\": 400, \"detail\": \"campaign: 'GP50' is not a campaign's code: a campaign is named by a code of 3 to 60 small "
            + "letters, digits or dashes, starting with a letter (e.g. giai-phong-mien-nam-50)\", \"instance\": \"/api/v1/standings/1/2025\", "
            + "\"violations\": [{\"field\": \"campaign\", \"message\": \"'GP50' is not a campaign's code: ...\"}]}";

    static final String CAMPAIGN = "a peak campaign's code (3 to 60 small letters, digits or dashes, as its reports label it); "
            + "none for the year";

    @PUT
    @RolesAllowed(Roles.COUNCIL)
    @Operation(operationId = "setScheme", summary = "Set or change the scheme of the year, or of a peak campaign",
            description = "The standings of the cluster and year follow at once. 201 for a new scheme, 200 for a change. With "
                    + "?campaign=CODE the scheme of that campaign: its standings are scored from the campaign's reports alone (never "
                    + "the year's; campaign reports never count toward the year's standings), METRIC criteria only and no award bonuses.")
    @APIResponse(responseCode = "201", description = "A new scheme",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SchemeDtos.Scheme.class)))
    @APIResponse(responseCode = "200", description = "The scheme changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SchemeDtos.Scheme.class)))
    @APIResponse(responseCode = "400", description = "A wrong scheme (each fault in violations), or a code that cannot name a campaign",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad campaign code", value = BAD_CAMPAIGN)))
    @APIResponse(responseCode = "403", description = "Not the council",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response put(@PathParam("cluster") @Min(value = 1, message = "must be 1 or more") int cluster,
                        @PathParam("year") @Min(value = EmulationYears.FIRST, message = EmulationYears.RANGE) @Max(value = EmulationYears.LAST, message = EmulationYears.RANGE) int year,
                        @Parameter(description = CAMPAIGN) @QueryParam("campaign") String campaign,
                        @HeaderParam(ConditionalUpdates.HEADER) String ifMatch,
                        @Valid @NotNull(message = "a JSON body is required") SchemeDtos.SchemeRequest request) {
        String path = "/api/v1/schemes/" + cluster + "/" + year;
        String resource = campaign == null ? path : path + "?campaign=" + campaign;
        // the location is made once the service has accepted the campaign's code (a code with a space is no URI)
        return conditional.replace(resource, ifMatch, () -> SchemeMapping.scheme(schemes.get(cluster, year, campaign)),
                () -> schemes.put(cluster, year, campaign, SchemeMapping.scheme(request)) ? URI.create(resource) : null);
    }

    @GET
    @Path("/adjustments")
    @APIResponse(responseCode = "200", description = "Every adjustment, oldest first")
    @Operation(operationId = "listAdjustments", summary = "Bonus, penalty and inspection points recorded for the cluster and year")
    public Page<SchemeDtos.AdjustmentView> adjustments(@PathParam("cluster") int cluster, @PathParam("year") int year,
                                                       @Valid @BeanParam PageRequest page) {
        return Page.slice(schemes.adjustments(cluster, year).stream().map(SchemeMapping::adjustment).toList(), page);
    }

    @POST
    @Path("/adjustments")
    @RolesAllowed(Roles.COUNCIL)
    @APIResponse(responseCode = "201", description = "The adjustment, recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SchemeDtos.AdjustmentView.class)))
    @APIResponse(responseCode = "422", description = "The unit is not a member of the cluster that year, or inspection points without a qualitative criterion")
    @Operation(operationId = "addAdjustment", summary = "Record bonus, penalty or inspection points for a unit", description = "With the reason; the standings follow at once.")
    public Response addAdjustment(@PathParam("cluster") @Min(value = 1, message = "must be 1 or more") int cluster,
                                  @PathParam("year") @Min(value = EmulationYears.FIRST, message = EmulationYears.RANGE) @Max(value = EmulationYears.LAST, message = EmulationYears.RANGE) int year,
                                  @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                                  @Valid @NotNull(message = "a JSON body is required") SchemeDtos.AdjustmentRequest request) {
        return idempotent.create("adjustments/" + cluster + "/" + year, idempotencyKey, request, () -> new IdempotentRequests.Created(
                URI.create("/api/v1/schemes/" + cluster + "/" + year + "/adjustments"),
                SchemeMapping.adjustment(schemes.addAdjustment(cluster, year, SchemeMapping.adjustment(request)))));
    }
}
