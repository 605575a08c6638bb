package vn.bienphong.emulation.report.domain;

import java.util.Arrays;
import java.util.List;

import vn.bienphong.emulation.common.text.Diacritics;

/**
 * A search of the model bank: a model is found when every word of the query appears in its title,
 * description or product, or in its unit's name or code, ignoring diacritics and case ("lang son"
 * finds "BĐBP tỉnh Lạng Sơn"; "dia chi nhan dao" finds "Mỗi đồn biên phòng một địa chỉ nhân đạo").
 * An empty query finds every model.
 */
public final class ModelSearch {

    private final List<String> words;

    private ModelSearch(List<String> words) {
        this.words = words;
    }

    public static ModelSearch of(String query) {
        String folded = Diacritics.fold(query);
        return new ModelSearch(folded == null || folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" ")));
    }

    /** Whether every word of the query is in one of the texts (null texts are skipped). */
    public boolean matches(String... texts) {
        if (words.isEmpty()) {
            return true;
        }
        StringBuilder all = new StringBuilder();
        for (String text : texts) {
            if (text != null) {
                all.append(Diacritics.fold(text)).append(' ');
            }
        }
        String haystack = all.toString();
        return words.stream().allMatch(haystack::contains);
    }
}
