package vn.bienphong.emulation.award.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.apache.tika.Tika;
import vn.bienphong.emulation.award.persistence.AttachmentEntity;
import vn.bienphong.emulation.award.persistence.DossierEntity;
import vn.bienphong.emulation.common.problem.ProblemException;
import vn.bienphong.emulation.common.security.Caller;

/** Files attached to dossiers: their type detected from the content (Apache Tika), a size limit, a SHA-256, kept in PostgreSQL. */
@ApplicationScoped
public class AttachmentService {

    public static final Set<String> KINDS = Set.of("MINUTES", "REPORT", "EVIDENCE", "OTHER");

    private final AttachmentConfig config;
    private final Caller caller;
    private final Tika tika = new Tika();

    public AttachmentService(AttachmentConfig config, Caller caller) {
        this.config = config;
        this.caller = caller;
    }

    /** Attaches a file to a dossier not yet decided: by the council, or by the unit the dossier is for. */
    @Transactional
    public DossierViews.Attachment attach(UUID dossierId, String kind, String fileName, byte[] content) {
        DossierEntity d = DossierEntity.<DossierEntity>findByIdOptional(dossierId)
                .orElseThrow(() -> ProblemException.notFound("no dossier " + dossierId));
        caller.requireMayActFor(d.unitCode);
        if ("DECIDED".equals(d.status)) {
            throw ProblemException.conflict("the dossier is decided; nothing more is attached to it");
        }
        String k = kind == null || kind.isBlank() ? "EVIDENCE" : kind.strip().toUpperCase();
        if (!KINDS.contains(k)) {
            throw ProblemException.invalidField("kind", "is MINUTES, REPORT, EVIDENCE or OTHER");
        }
        if (content == null || content.length == 0) {
            throw ProblemException.invalidField("file", "is required: the file to attach, as a multipart part named file");
        }
        if (content.length > config.maxBytes()) {
            throw new ProblemException(413, "Payload too large", "the file has " + content.length + " bytes; at most "
                    + config.maxBytes() + " are accepted", List.of());
        }
        String name = fileName == null || fileName.isBlank() ? "attachment" : fileName.strip();
        String type = detect(content, name);
        if (!config.allowedTypes().contains(type)) {
            throw new ProblemException(415, "Unsupported media type", "the file's content is " + type
                    + "; an attachment is a PDF, a PNG or JPEG image, or a Word document", List.of());
        }
        AttachmentEntity a = new AttachmentEntity();
        a.id = UUID.randomUUID();
        a.dossierId = d.id;
        a.kind = k;
        a.fileName = name.length() > 255 ? name.substring(name.length() - 255) : name;
        a.mediaType = type;
        a.sizeBytes = content.length;
        a.sha256 = sha256(content);
        a.content = content;
        a.uploadedBy = caller.name();
        a.uploadedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        a.persist();
        return DossierViews.Attachment.of(a);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DossierViews.File get(UUID dossierId, UUID attachmentId) {
        AttachmentEntity a = AttachmentEntity.<AttachmentEntity>find("id = ?1 and dossierId = ?2", attachmentId, dossierId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("no attachment " + attachmentId + " in dossier " + dossierId));
        return new DossierViews.File(DossierViews.Attachment.of(a), a.content);
    }

    /** The type of the bytes; the name only refines a container the bytes show (a Word file is a ZIP or OLE2 container). */
    private String detect(byte[] content, String name) {
        try {
            return tika.detect(new ByteArrayInputStream(content), name);
        } catch (IOException e) {
            throw new IllegalStateException("could not read the uploaded bytes", e);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
