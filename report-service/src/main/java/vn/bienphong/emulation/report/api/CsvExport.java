package vn.bienphong.emulation.report.api;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/** Writes CSV exports: a header row, RFC 4180 quoting, UTF-8. */
final class CsvExport {

    static final String MEDIA_TYPE = "text/csv";

    private static final CsvMapper CSV = new CsvMapper();

    private CsvExport() {
    }

    static Response response(String fileName, List<String> header, List<List<Object>> rows) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        header.forEach(schema::addColumn);
        try {
            byte[] body = CSV.writer(schema.build()).writeValueAsString(rows.stream().map(r -> r.stream()
                    .map(v -> v == null ? "" : v.toString()).toArray(String[]::new)).toList())
                    .getBytes(StandardCharsets.UTF_8);
            return Response.ok(body, MEDIA_TYPE + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write CSV", e);
        }
    }
}
