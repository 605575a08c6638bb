package vn.bienphong.emulation.award.api;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.Authenticated;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.bienphong.emulation.award.domain.RecipientKind;
import vn.bienphong.emulation.award.service.AwardCatalogue;
import vn.bienphong.emulation.award.service.EligibilityService;
import vn.bienphong.emulation.common.api.ConditionalUpdates;
import vn.bienphong.emulation.common.api.Page;
import vn.bienphong.emulation.common.api.PageRequest;
import vn.bienphong.emulation.common.problem.Problem;
import vn.bienphong.emulation.common.security.Roles;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Award catalogue and eligibility", description = "Forms of commendation and emulation titles, their eligibility rules, and the check of nominees against them")
@Authenticated
public class CatalogueResource {

    private final AwardCatalogue catalogue;
    private final EligibilityService eligibility;
    private final ConditionalUpdates conditional;

    public CatalogueResource(AwardCatalogue catalogue, EligibilityService eligibility, ConditionalUpdates conditional) {
        this.catalogue = catalogue;
        this.eligibility = eligibility;
        this.conditional = conditional;
    }

    @GET
    @Path("/awards")
    @Operation(operationId = "listAwards", summary = "The award catalogue", description = "Every form of commendation and emulation title: code, Vietnamese name, "
            + "for collectives or individuals, the level that decides it, yearly or ad hoc, the heading printed on its certificate, its eligibility rules.")
    @APIResponse(responseCode = "200", description = "A page of the catalogue, in its order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PageSchemas.Awards.class),
                    examples = @ExampleObject(name = "the ministry's flag", value = "{\"items\": [" + CommendationExamples.AWARD
                            + "], \"page\": 0, \"size\": 50, \"totalItems\": 1, \"totalPages\": 1}")))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no token", value = CommendationExamples.UNAUTHORIZED)))
    public Page<CatalogueDtos.Award> awards(@Valid @BeanParam PageRequest page) {
        return Page.slice(catalogue.all(), page).map(CatalogueDtos::award);
    }

    @GET
    @Path("/awards/{code}")
    @Operation(operationId = "getAward", summary = "One award of the catalogue")
    @APIResponse(responseCode = "200", description = "The award",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CatalogueDtos.Award.class),
                    examples = @ExampleObject(name = "the ministry's flag", value = CommendationExamples.AWARD)))
    @APIResponse(responseCode = "404", description = "No such award",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = CommendationExamples.NOT_FOUND)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no token", value = CommendationExamples.UNAUTHORIZED)))
    public CatalogueDtos.Award award(@PathParam("code") String code) {
        return CatalogueDtos.award(catalogue.require(code));
    }

    @PUT
    @Path("/awards/{code}/rules")
    @RolesAllowed(Roles.COUNCIL)
    @Operation(operationId = "configureAwardRules", summary = "Configure an award's eligibility rules", description = "Replaces them all; each rule names its kind, parameters and legal source.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CatalogueDtos.RulesRequest.class),
            examples = @ExampleObject(name = "three consecutive years", value = CommendationExamples.RULES)))
    @APIResponse(responseCode = "200", description = "The award with its new rules",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CatalogueDtos.Award.class),
                    examples = @ExampleObject(name = "the ministry's flag", value = CommendationExamples.AWARD)))
    @APIResponse(responseCode = "400", description = "A rule of an unknown kind or with a wrong parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "wrong rule", value = CommendationExamples.INVALID)))
    @APIResponse(responseCode = "403", description = "Not the council",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "a unit", value = CommendationExamples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "No such award",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = CommendationExamples.NOT_FOUND)))
    public Response configure(@PathParam("code") String code,
                              @Parameter(description = "the ETag of GET /awards/{code}: the rules are replaced only while the award is as read (412 otherwise)")
                              @HeaderParam(ConditionalUpdates.HEADER) String ifMatch,
                              @Valid @NotNull(message = "a JSON body is required") CatalogueDtos.RulesRequest request) {
        return conditional.replace("/api/v1/awards/" + code, ifMatch, () -> CatalogueDtos.award(catalogue.require(code)), () -> {
            catalogue.replaceRules(code, request.rules().stream().map(r -> {
                Map<String, String> params = new LinkedHashMap<>(r.params() == null ? Map.of() : r.params());
                params.put("source", r.source().strip());
                return new AwardCatalogue.RuleSetting(r.kind().strip(), params);
            }).toList());
            return null;
        });
    }

    @POST
    @Path("/eligibility")
    @Operation(operationId = "checkEligibility", summary = "Check nominees against awards", description = "For each nominee and award: each rule of the award met or not, "
            + "and why, from the standings, the ballots, the penalties and the commendations the service holds. Stores nothing.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CatalogueDtos.EligibilityRequest.class),
            examples = @ExampleObject(name = "Lạng Sơn for the ministry's flag", value = CommendationExamples.ELIGIBILITY_REQUEST)))
    @APIResponse(responseCode = "200", description = "A verdict per nominee, rule by rule",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CatalogueDtos.EligibilityAnswer.class),
                    examples = @ExampleObject(name = "eligible", value = CommendationExamples.ELIGIBILITY)))
    @APIResponse(responseCode = "400", description = "A nominee without unit, an individual without name, a year out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no unit", value = CommendationExamples.INVALID)))
    @APIResponse(responseCode = "422", description = "An award not in the catalogue",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown award", value = CommendationExamples.RULE_BROKEN)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no token", value = CommendationExamples.UNAUTHORIZED)))
    public CatalogueDtos.EligibilityAnswer check(@Valid @NotNull(message = "a JSON body is required") CatalogueDtos.EligibilityRequest request) {
        return new CatalogueDtos.EligibilityAnswer(request.clusterNumber(), request.year(), request.nominees().stream()
                .map(n -> CatalogueDtos.Verdict.of(eligibility.check(request.clusterNumber(), request.year(), n.awardCode(),
                        n.recipientKind(), n.unitCode(), n.personName())))
                .toList());
    }

    static RecipientKind kind(String s) {
        return RecipientKind.valueOf(s);
    }
}
