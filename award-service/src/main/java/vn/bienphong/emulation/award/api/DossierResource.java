package vn.bienphong.emulation.award.api;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.bienphong.emulation.award.domain.DossierWorkflow;
import vn.bienphong.emulation.award.service.AttachmentService;
import vn.bienphong.emulation.award.service.DossierService;
import vn.bienphong.emulation.award.service.DossierViews;
import vn.bienphong.emulation.common.api.Page;
import vn.bienphong.emulation.common.api.PageRequest;
import vn.bienphong.emulation.common.idempotency.IdempotentRequests;
import vn.bienphong.emulation.common.problem.Problem;
import vn.bienphong.emulation.common.problem.ProblemException;
import vn.bienphong.emulation.common.security.Roles;

@Path("/api/v1/dossiers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Nomination dossiers", description = "Dossiers of award proposals (hồ sơ đề nghị khen thưởng): filed, received, returned for correction, "
        + "resubmitted, forwarded to the council, decided; their history and attachments")
@Authenticated
public class DossierResource {

    private final DossierService dossiers;
    private final AttachmentService attachments;
    private final IdempotentRequests idempotent;

    public DossierResource(DossierService dossiers, AttachmentService attachments, IdempotentRequests idempotent) {
        this.dossiers = dossiers;
        this.attachments = attachments;
        this.idempotent = idempotent;
    }

    @POST
    @RolesAllowed({Roles.UNIT, Roles.COUNCIL})
    @Operation(operationId = "fileDossier", summary = "File a nomination dossier", description = "By a unit for itself (its own collective or one of its people) or by the council. "
            + "The award must be in the catalogue and given to that kind of recipient on that occasion; the unit must be a member of the cluster "
            + "in the year. The dossier starts SUBMITTED; publishes dossier-moved.v1. Closed ballots file their proposals' dossiers by themselves.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DossierDtos.NewDossier.class),
            examples = @ExampleObject(name = "an individual, ad hoc", value = CommendationExamples.DOSSIER_REQUEST)))
    @APIResponse(responseCode = "201", description = "Filed; at its Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DossierViews.Dossier.class),
                    examples = @ExampleObject(name = "filed", value = CommendationExamples.DOSSIER)))
    @APIResponse(responseCode = "400", description = "A field missing or wrong: an award not in the catalogue, an individual without a name, a unit not in the cluster",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = CommendationExamples.INVALID)))
    @APIResponse(responseCode = "403", description = "A unit filing for another unit, or a role that does not file",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "another unit", value = CommendationExamples.FORBIDDEN)))
    @APIResponse(responseCode = "409", description = "The Idempotency-Key was used with another body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "key reused", value = CommendationExamples.CONFLICT)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no token", value = CommendationExamples.UNAUTHORIZED)))
    public Response file(@Parameter(description = "makes a retry safe: the same key and body answer the first result again")
                         @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                         @Valid @NotNull(message = "a JSON body is required") DossierDtos.NewDossier request) {
        return idempotent.create("dossiers", idempotencyKey, request, () -> {
            DossierViews.Dossier d = dossiers.file(request.toService());
            return new IdempotentRequests.Created(URI.create("/api/v1/dossiers/" + d.id()), d);
        });
    }

    @GET
    @Operation(operationId = "listDossiers", summary = "List dossiers", description = "Optionally of one cluster, year, status (SUBMITTED, RECEIVED, RETURNED, RESUBMITTED, FORWARDED, DECIDED) and unit; paged.")
    @APIResponse(responseCode = "200", description = "A page of dossiers",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PageSchemas.Dossiers.class),
                    examples = @ExampleObject(name = "one", value = "{\"items\": [" + CommendationExamples.DOSSIER + "], \"page\": 0, \"size\": 50, \"totalItems\": 1, \"totalPages\": 1}")))
    @APIResponse(responseCode = "400", description = "A status that does not exist, a page out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = CommendationExamples.INVALID)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no token", value = CommendationExamples.UNAUTHORIZED)))
    public Page<DossierViews.Dossier> list(@QueryParam("cluster") Integer cluster, @QueryParam("year") Integer year,
                                           @QueryParam("status") @Pattern(regexp = "SUBMITTED|RECEIVED|RETURNED|RESUBMITTED|FORWARDED|DECIDED",
                                                   message = "is SUBMITTED, RECEIVED, RETURNED, RESUBMITTED, FORWARDED or DECIDED") String status,
                                           @QueryParam("unit") String unit, @Valid @BeanParam PageRequest page) {
        return Paging.page(dossiers.list(cluster, year, status, unit, page.page, page.size), page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getDossier", summary = "A dossier", description = "With the actions that can be taken next and its attachments.")
    @APIResponse(responseCode = "200", description = "The dossier",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DossierViews.Dossier.class),
                    examples = @ExampleObject(name = "returned", value = CommendationExamples.DOSSIER)))
    @APIResponse(responseCode = "404", description = "No such dossier",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = CommendationExamples.NOT_FOUND)))
    public DossierViews.Dossier get(@PathParam("id") UUID id) {
        return dossiers.get(id);
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getDossierHistory", summary = "The dossier's history", description = "Every move: the action, from and to which status, who, with which role, when, why.")
    @APIResponse(responseCode = "200", description = "A page of the moves, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PageSchemas.History.class),
                    examples = @ExampleObject(name = "returned once", value = "{\"items\": " + CommendationExamples.HISTORY
                            + ", \"page\": 0, \"size\": 50, \"totalItems\": 2, \"totalPages\": 1}")))
    @APIResponse(responseCode = "404", description = "No such dossier",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = CommendationExamples.NOT_FOUND)))
    public Page<DossierViews.HistoryEntry> history(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return Page.slice(dossiers.history(id), page);
    }

    @GET
    @Path("/{id}/eligibility")
    @Operation(operationId = "getDossierEligibility", summary = "The dossier's nominee checked against its award's rules", description = "Each rule met or not, and why.")
    @APIResponse(responseCode = "200", description = "The verdict",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CatalogueDtos.Verdict.class)))
    @APIResponse(responseCode = "404", description = "No such dossier",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = CommendationExamples.NOT_FOUND)))
    @APIResponse(responseCode = "422", description = "The dossier's award is not in the catalogue",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown award", value = CommendationExamples.RULE_BROKEN)))
    public CatalogueDtos.Verdict eligibility(@PathParam("id") UUID id) {
        return CatalogueDtos.Verdict.of(dossiers.eligibility(id));
    }

    @POST
    @Path("/{id}/{action: receive|return|resubmit|forward|decide}")
    @RolesAllowed({Roles.UNIT, Roles.COUNCIL, Roles.SYSTEM, Roles.VIEWER})
    @Operation(operationId = "moveDossier", summary = "Move a dossier", description = "receive (council, from submitted or resubmitted); return for correction (council, "
            + "with the reason); resubmit (the unit the dossier is for, once corrected); forward to the council (council, from received: "
            + "only when the nominee meets the award's rules, or with the council's override reason); decide (council, from forwarded: "
            + "outcome APPROVED or REJECTED). Recorded in the history; publishes dossier-moved.v1.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DossierDtos.MoveRequest.class),
            examples = @ExampleObject(name = "return for correction", value = CommendationExamples.MOVE)))
    @APIResponse(responseCode = "200", description = "Moved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DossierViews.Dossier.class),
                    examples = @ExampleObject(name = "returned", value = CommendationExamples.DOSSIER)))
    @APIResponse(responseCode = "400", description = "Returned without a reason, decided without an outcome",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no reason", value = CommendationExamples.INVALID)))
    @APIResponse(responseCode = "403", description = "A role that may not make this move, or a unit moving another unit's dossier",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not the council", value = CommendationExamples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "No such dossier",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = CommendationExamples.NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "Not a move from the dossier's status",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "wrong status", value = CommendationExamples.CONFLICT)))
    @APIResponse(responseCode = "422", description = "Forwarding a nominee that does not meet the award's rules, without an override",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not eligible", value = CommendationExamples.RULE_BROKEN)))
    public Response move(@PathParam("id") UUID id, @PathParam("action") String action,
                         @Parameter(description = "makes a retry safe: the same key and body answer the first result again")
                         @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Valid DossierDtos.MoveRequest request) {
        DossierDtos.MoveRequest r = request == null ? new DossierDtos.MoveRequest(null, null, null) : request;
        return idempotent.act("dossier-moves/" + id, idempotencyKey, List.of(action, r), () -> IdempotentRequests.Reply.ok(
                dossiers.move(id, DossierWorkflow.Action.valueOf(action.toUpperCase()), r.reason(), r.override(), r.outcome())));
    }

    @POST
    @Path("/{id}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.UNIT, Roles.COUNCIL})
    @Operation(operationId = "attachToDossier", summary = "Attach a file to a dossier", description = "Multipart: `file` (a PDF, PNG or JPEG image, or Word document; its type is "
            + "detected from the content, not from its name) and `kind` (MINUTES, REPORT, EVIDENCE, OTHER). By the unit the dossier is for, "
            + "or the council; not once decided. Kept with its SHA-256; at most award.attachments.max-bytes (10 MiB).")
    @APIResponse(responseCode = "201", description = "Attached; downloadable at its Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DossierViews.Attachment.class),
                    examples = @ExampleObject(name = "minutes", value = CommendationExamples.ATTACHMENT)))
    @APIResponse(responseCode = "400", description = "No file, or a kind that does not exist",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no file", value = CommendationExamples.INVALID)))
    @APIResponse(responseCode = "403", description = "Another unit's dossier",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "another unit", value = CommendationExamples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "No such dossier",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = CommendationExamples.NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "The dossier is decided",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "decided", value = CommendationExamples.CONFLICT)))
    @APIResponse(responseCode = "413", description = "The file is larger than the limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "too large", value = CommendationExamples.TOO_LARGE)))
    @APIResponse(responseCode = "415", description = "The content is not a PDF, an image or a Word document",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "a program", value = CommendationExamples.UNSUPPORTED_TYPE)))
    public Response attach(@PathParam("id") UUID id,
                           @Parameter(description = "makes a retry safe: the same key, kind and file answer the first result again")
                           @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                           @RestForm("file") FileUpload file, @RestForm("kind") String kind) {
        if (file == null) {
            throw ProblemException.invalidField("file", "is required: the file to attach, as a multipart part named file");
        }
        byte[] content;
        try {
            content = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new IllegalStateException("could not read the uploaded file", e);
        }
        String fileName = file.fileName();
        return idempotent.create("dossier-attachments/" + id, idempotencyKey, java.util.Arrays.asList(kind, fileName, content), () -> {
            DossierViews.Attachment a = attachments.attach(id, kind, fileName, content);
            return new IdempotentRequests.Created(URI.create("/api/v1/dossiers/" + id + "/attachments/" + a.id()), a);
        });
    }

    @GET
    @Path("/{id}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "downloadAttachment", summary = "Download an attachment", description = "The bytes as uploaded, with the type detected and the SHA-256 in the Digest header.")
    @APIResponse(responseCode = "200", description = "The file", content = @Content(mediaType = "application/octet-stream",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such dossier or attachment",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = CommendationExamples.NOT_FOUND)))
    public Response download(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId) {
        DossierViews.File f = attachments.get(id, attachmentId);
        return Response.ok(f.content(), f.attachment().mediaType())
                .header("Content-Disposition", ContentDisposition.attachment(f.attachment().fileName()))
                .header("Digest", "sha-256=" + java.util.Base64.getEncoder().encodeToString(java.util.HexFormat.of().parseHex(f.attachment().sha256())))
                .header("X-Content-SHA256", f.attachment().sha256())
                .build();
    }
}
