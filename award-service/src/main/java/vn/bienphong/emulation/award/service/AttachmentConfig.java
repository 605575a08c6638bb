package vn.bienphong.emulation.award.service;

import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Attachments of nomination dossiers: the largest file kept, and the types (detected from the content) accepted. */
@ConfigMapping(prefix = "award.attachments")
public interface AttachmentConfig {

    /** Bytes; a larger file is refused with 413. */
    @WithDefault("10485760")
    long maxBytes();

    /** Media types as Apache Tika detects them from the bytes (the client's name and type are not trusted). */
    @WithDefault("application/pdf,image/png,image/jpeg,application/msword,application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    List<String> allowedTypes();
}
