package vn.bienphong.emulation.award.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.Authenticated;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.bienphong.emulation.award.service.CommendationDocuments;
import vn.bienphong.emulation.award.service.DecisionService;
import vn.bienphong.emulation.common.api.Page;
import vn.bienphong.emulation.common.api.PageRequest;
import vn.bienphong.emulation.common.idempotency.IdempotentRequests;
import vn.bienphong.emulation.common.problem.Problem;
import vn.bienphong.emulation.common.security.Roles;

@Path("/api/v1/decisions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Commendation decisions", description = "The council's decisions (quyết định khen thưởng) made from approved dossiers, as PDF, with the certificates")
@Authenticated
public class DecisionResource {

    private static final String PDF = "application/pdf";

    private final DecisionService decisions;
    private final CommendationDocuments documents;
    private final IdempotentRequests idempotent;

    public DecisionResource(DecisionService decisions, CommendationDocuments documents, IdempotentRequests idempotent) {
        this.decisions = decisions;
        this.documents = documents;
        this.idempotent = idempotent;
    }

    /** A decision: its number, date and signer (the signer's title follows the award's deciding level unless given), the award, the approved dossiers it commends. */
    public record NewDecision(
            @NotBlank(message = "is required, e.g. 1234/QĐ-BQP") @Size(max = 100, message = "must be at most 100 characters") String number,
            @NotNull(message = "is required") LocalDate date,
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String signerName,
            @Size(max = 200, message = "must be at most 200 characters") String signerTitle,
            @NotBlank(message = "is required, a code of the award catalogue") @Pattern(regexp = SchemeDtos.CODE_PATTERN, message = SchemeDtos.CODE_MESSAGE) String awardCode,
            @NotNull(message = "is required") @Size(min = 1, max = 500, message = "names 1 to 500 dossiers") List<@NotNull(message = "must be a dossier id") UUID> dossierIds,
            @Size(max = 1000, message = "must be at most 1000 characters") String reason) {
    }

    @POST
    @RolesAllowed(Roles.COUNCIL)
    @Operation(operationId = "issueDecision", summary = "Issue a commendation decision", description = "From dossiers the council decided APPROVED for the award, not in another decision. "
            + "Each commended collective or individual becomes a commendation of its cluster and year (commendation-recorded.v1; the counts "
            + "of /commendations/summary follow; a scheme's award bonus rescores the cluster); publishes decision-issued.v1.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewDecision.class),
            examples = @ExampleObject(name = "the ministry's flag", value = CommendationExamples.DECISION_REQUEST)))
    @APIResponse(responseCode = "201", description = "Issued; at its Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DecisionService.Decision.class),
                    examples = @ExampleObject(name = "issued", value = CommendationExamples.DECISION)))
    @APIResponse(responseCode = "400", description = "A field missing or wrong, an award not in the catalogue, a dossier named twice",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = CommendationExamples.INVALID)))
    @APIResponse(responseCode = "403", description = "Not the council",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "a unit", value = CommendationExamples.FORBIDDEN)))
    @APIResponse(responseCode = "409", description = "A decision of that number exists, or the Idempotency-Key was used with another body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "number taken", value = CommendationExamples.CONFLICT)))
    @APIResponse(responseCode = "422", description = "A dossier not approved, for another award, or in another decision (each listed in violations)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not approved", value = CommendationExamples.RULE_BROKEN)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no token", value = CommendationExamples.UNAUTHORIZED)))
    public Response issue(@Parameter(description = "makes a retry safe") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                          @Valid @NotNull(message = "a JSON body is required") NewDecision request) {
        return idempotent.create("decisions", idempotencyKey, request, () -> {
            DecisionService.Decision d = decisions.issue(new DecisionService.NewDecision(request.number(), request.date(), request.signerName(),
                    request.signerTitle(), request.awardCode(), request.dossierIds(), request.reason()));
            return new IdempotentRequests.Created(URI.create("/api/v1/decisions/" + d.id()), d);
        });
    }

    @GET
    @Operation(operationId = "listDecisions", summary = "List decisions", description = "Newest first; paged.")
    @APIResponse(responseCode = "200", description = "A page of decisions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PageSchemas.Decisions.class),
                    examples = @ExampleObject(name = "one", value = "{\"items\": [" + CommendationExamples.DECISION + "], \"page\": 0, \"size\": 50, \"totalItems\": 1, \"totalPages\": 1}")))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no token", value = CommendationExamples.UNAUTHORIZED)))
    public Page<DecisionService.Decision> list(@Valid @BeanParam PageRequest page) {
        return Paging.page(decisions.list(page.page, page.size), page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getDecision", summary = "A decision", description = "With the collectives and individuals it commends.")
    @APIResponse(responseCode = "200", description = "The decision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DecisionService.Decision.class),
                    examples = @ExampleObject(name = "issued", value = CommendationExamples.DECISION)))
    @APIResponse(responseCode = "404", description = "No such decision",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = CommendationExamples.NOT_FOUND)))
    public DecisionService.Decision get(@PathParam("id") UUID id) {
        return decisions.get(id);
    }

    @GET
    @Path("/{id}/document")
    @Produces({PDF, Problem.MEDIA_TYPE})
    @Operation(operationId = "getDecisionDocument", summary = "The decision as a PDF", description = "In Vietnamese, the font embedded.")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such decision",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = CommendationExamples.NOT_FOUND)))
    public Response document(@PathParam("id") UUID id) {
        DecisionService.Decision d = decisions.get(id);
        return Response.ok(documents.decision(id), PDF)
                .header("Content-Disposition", ContentDisposition.inline("Quyết định " + d.number().replace('/', '-') + ".pdf")).build();
    }

    @GET
    @Path("/{id}/certificates")
    @Produces({PDF, Problem.MEDIA_TYPE})
    @Operation(operationId = "getDecisionCertificates", summary = "The certificates of the decision, printable", description = "A page per commended collective or individual "
            + "(Bằng khen, Giấy khen, Cờ thi đua … as the award's catalogue entry heads it); only the one of a dossier with `dossier`.")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such decision, or the decision does not commend that dossier",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = CommendationExamples.NOT_FOUND)))
    public Response certificates(@PathParam("id") UUID id, @Parameter(description = "one dossier's certificate") @QueryParam("dossier") UUID dossier) {
        DecisionService.Decision d = decisions.get(id);
        return Response.ok(documents.certificates(id, dossier), PDF)
                .header("Content-Disposition", ContentDisposition.inline("Bằng khen " + d.number().replace('/', '-') + ".pdf")).build();
    }
}
