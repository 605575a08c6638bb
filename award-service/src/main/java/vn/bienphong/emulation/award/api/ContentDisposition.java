package vn.bienphong.emulation.award.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** {@code Content-Disposition} for a file name with Vietnamese letters (RFC 6266: an ASCII fallback and the UTF-8 name). */
final class ContentDisposition {

    private ContentDisposition() {
    }

    static String attachment(String fileName) {
        String ascii = vn.bienphong.emulation.common.text.Diacritics.fold(fileName).replaceAll("[^A-Za-z0-9._-]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String inline(String fileName) {
        return attachment(fileName).replaceFirst("attachment", "inline");
    }
}
