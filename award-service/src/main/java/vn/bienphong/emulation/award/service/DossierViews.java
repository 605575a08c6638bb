package vn.bienphong.emulation.award.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.bienphong.emulation.award.persistence.AttachmentEntity;
import vn.bienphong.emulation.award.persistence.DossierEntity;
import vn.bienphong.emulation.award.persistence.DossierHistoryEntity;

/** What the dossier services give back: values, never entities. */
public final class DossierViews {

    private DossierViews() {
    }

    public record Attachment(UUID id, String kind, String fileName, String mediaType, long sizeBytes, String sha256,
                             String uploadedBy, OffsetDateTime uploadedAt) {
        static Attachment of(AttachmentEntity a) {
            return new Attachment(a.id, a.kind, a.fileName, a.mediaType, a.sizeBytes, a.sha256, a.uploadedBy, a.uploadedAt);
        }
    }

    /** An attachment with its bytes, to download. */
    public record File(Attachment attachment, byte[] content) {
    }

    public record Dossier(UUID id, int clusterNumber, int year, String awardCode, String awardName, String recipientKind,
                          String unitCode, String unitName, String personName, String rank, String position, String achievements,
                          String occasion, String source, UUID ballotId, Integer votes, String status, String outcome,
                          String overrideReason, UUID decisionId, List<String> nextActions, List<Attachment> attachments,
                          String filedBy, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
        static Dossier of(DossierEntity d, List<String> nextActions, List<AttachmentEntity> attachments) {
            return new Dossier(d.id, d.clusterNumber, d.year, d.awardCode, d.awardName, d.recipientKind, d.unitCode, d.unitName,
                    d.personName, d.personRank, d.personPosition, d.achievements, d.occasion, d.source, d.ballotId, d.votes, d.status,
                    d.outcome, d.overrideReason, d.decisionId, nextActions, attachments.stream().map(Attachment::of).toList(),
                    d.filedBy, d.createdAt, d.updatedAt);
        }
    }

    public record HistoryEntry(String action, @Schema(nullable = true) String from, String to, String actor, String role, String reason, OffsetDateTime at) {
        static HistoryEntry of(DossierHistoryEntity h) {
            return new HistoryEntry(h.action, h.fromStatus, h.toStatus, h.actor, h.actorRole, h.reason, h.at);
        }
    }
}
