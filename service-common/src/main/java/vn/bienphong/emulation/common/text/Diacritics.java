package vn.bienphong.emulation.common.text;

import java.text.Normalizer;
import java.util.Locale;

/** Folds Vietnamese text for search: "BĐBP tỉnh Lạng Sơn" and "bdbp tinh lang son" fold alike. */
public final class Diacritics {

    private Diacritics() {
    }

    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        String withoutMarks = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return withoutMarks.replace('đ', 'd').replace('Đ', 'D')
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ")
                .trim();
    }
}
