package vn.bienphong.emulation.cluster.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.bienphong.emulation.cluster.service.ClusterViews;
import vn.bienphong.emulation.common.api.AsRead;
import vn.bienphong.emulation.common.api.EmulationYears;

/** What the clusters API takes and gives. */
public final class ClusterDtos {

    public static final int FIRST_YEAR = EmulationYears.FIRST;
    public static final int LAST_YEAR = EmulationYears.LAST;

    private ClusterDtos() {
    }

    @Schema(examples = """
            {"number": 1, "name": "Cụm thi đua số 1 BĐBP"}""")
    public record NewCluster(
            @NotNull(message = "is required") @Min(value = 1, message = "must be 1 to 99") @Max(value = 99, message = "must be 1 to 99") Integer number,
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String name) {
    }

    @Schema(examples = """
            {"number": 1, "name": "Cụm thi đua số 1 BĐBP", "years": [2022, 2025], "createdAt": "2022-01-10T08:00:00+07:00"}""")
    public record Cluster(int number, String name, List<Integer> years, OffsetDateTime createdAt) {
        static Cluster of(ClusterViews.Cluster c) {
            return new Cluster(c.number(), c.name(), c.years(), c.createdAt());
        }
    }

    /**
     * The setup of a cluster for one emulation year. {@code members} are unit codes; the rotation
     * order is the members' order unless {@code rotationOrder} gives another. A member may also be given
     * as the year's GET answers it ({@code {"unitCode": …, "unitName": …, "rotationPosition": …}}): its
     * unit code counts, and the list's order is the rotation.
     */
    @Schema(examples = """
            {"theme": "Dân chủ, đoàn kết, kỷ cương, sáng tạo, quyết thắng",
                 "members": ["BDBP-LANG-SON", "BDBP-CAO-BANG", "BDBP-QUANG-NINH", "BDBP-HAI-PHONG", "BDBP-HUNG-YEN", "BDBP-NINH-BINH"],
                 "chairUnitCode": "BDBP-LANG-SON", "deputyChairUnitCode": "BDBP-CAO-BANG"}""")
    public record YearSetupRequest(
            @Size(max = 500, message = "must be at most 500 characters") String theme,
            @NotEmpty(message = "must list the member units") @Size(max = 60, message = "must list at most 60 units")
            @JsonDeserialize(contentUsing = AsRead.UnitCode.class)
            @Schema(description = "the member units' codes in rotation order; a member as the year's GET answers it is taken too (its unitCode counts)")
            List<@NotNull(message = "must be a unit code") @Pattern(regexp = UnitDtos.CODE_PATTERN, message = UnitDtos.CODE_MESSAGE) String> members,
            List<@NotNull(message = "must be a unit code") String> rotationOrder,
            @Pattern(regexp = UnitDtos.CODE_PATTERN, message = UnitDtos.CODE_MESSAGE) String chairUnitCode,
            @Pattern(regexp = UnitDtos.CODE_PATTERN, message = UnitDtos.CODE_MESSAGE) String deputyChairUnitCode) {
        ClusterViews.YearPlan plan() {
            return new ClusterViews.YearPlan(theme, members, rotationOrder, chairUnitCode, deputyChairUnitCode);
        }
    }

    @Schema(examples = """
            {"unitCode": "BDBP-LANG-SON", "unitName": "Bộ đội Biên phòng tỉnh Lạng Sơn", "rotationPosition": 1}""")
    public record Member(String unitCode, String unitName, int rotationPosition) {
    }

    @Schema(examples = """
            {"clusterNumber": 1, "clusterName": "Cụm thi đua số 1 BĐBP", "year": 2025,
                 "theme": "Dân chủ, đoàn kết, kỷ cương, sáng tạo, quyết thắng",
                 "members": [{"unitCode": "BDBP-LANG-SON", "unitName": "Bộ đội Biên phòng tỉnh Lạng Sơn", "rotationPosition": 1},
                             {"unitCode": "BDBP-CAO-BANG", "unitName": "Bộ đội Biên phòng tỉnh Cao Bằng", "rotationPosition": 2},
                             {"unitCode": "BDBP-QUANG-NINH", "unitName": "Bộ đội Biên phòng tỉnh Quảng Ninh", "rotationPosition": 3}],
                 "chairUnitCode": "BDBP-LANG-SON", "chairUnitName": "Bộ đội Biên phòng tỉnh Lạng Sơn",
                 "deputyChairUnitCode": "BDBP-CAO-BANG", "deputyChairUnitName": "Bộ đội Biên phòng tỉnh Cao Bằng",
                 "revision": 1, "updatedAt": "2025-01-15T09:30:00+07:00"}""")
    public record ClusterYear(int clusterNumber, String clusterName, int year, String theme, List<Member> members,
                              String chairUnitCode, String chairUnitName, String deputyChairUnitCode,
                              String deputyChairUnitName, int revision, OffsetDateTime updatedAt) {
        static ClusterYear of(ClusterViews.ClusterYear y) {
            return new ClusterYear(y.clusterNumber(), y.clusterName(), y.year(), y.theme(),
                    y.members().stream().map(m -> new Member(m.unitCode(), m.unitName(), m.rotationPosition())).toList(),
                    y.chairUnitCode(), y.chairUnitName(), y.deputyChairUnitCode(), y.deputyChairUnitName(), y.revision(),
                    y.updatedAt());
        }
    }

    /** One revision of a cluster's year, as it was set and by whom. */
    @Schema(examples = """
            {"revision": 1, "theme": "Dân chủ, đoàn kết, kỷ cương, sáng tạo, quyết thắng",
                 "rotationOrder": ["BDBP-LANG-SON", "BDBP-CAO-BANG", "BDBP-QUANG-NINH", "BDBP-HAI-PHONG", "BDBP-HUNG-YEN", "BDBP-NINH-BINH"],
                 "chairUnitCode": "BDBP-LANG-SON", "deputyChairUnitCode": "BDBP-CAO-BANG", "changedBy": "council-officer",
                 "changedAt": "2025-01-15T09:30:00+07:00"}""")
    public record YearRevision(int revision, String theme, List<String> rotationOrder, String chairUnitCode,
                               String deputyChairUnitCode, String changedBy, OffsetDateTime changedAt) {
        static YearRevision of(ClusterViews.YearRevision r) {
            return new YearRevision(r.revision(), r.theme(), r.rotationOrder(), r.chairUnitCode(), r.deputyChairUnitCode(),
                    r.changedBy(), r.changedAt());
        }
    }

    /** Who holds the chair flag of a cluster in a year. */
    @Schema(examples = """
            {"clusterNumber": 1, "year": 2025, "unitCode": "BDBP-LANG-SON", "unitName": "Bộ đội Biên phòng tỉnh Lạng Sơn",
                 "deputyUnitCode": "BDBP-CAO-BANG", "deputyUnitName": "Bộ đội Biên phòng tỉnh Cao Bằng"}""")
    public record Chair(int clusterNumber, int year, String unitCode, String unitName,
                        String deputyUnitCode, String deputyUnitName) {
        static Chair of(ClusterViews.Chair c) {
            return new Chair(c.clusterNumber(), c.year(), c.unitCode(), c.unitName(), c.deputyUnitCode(), c.deputyUnitName());
        }
    }

    /**
     * The council records a handover at the year-end conference (for the years before this system,
     * or when no ballot named the next chair): the flag of {@code fromYear} passes to
     * {@code toUnitCode}, or to the next member in the rotation order when it is left out.
     */
    @Schema(examples = """
            {"fromYear": 2025, "toUnitCode": "BDBP-CAO-BANG", "reference": "Biên bản hội nghị tổng kết ngày 26/9/2025"}""")
    public record HandoverRequest(
            @NotNull(message = "is required") @Min(value = FIRST_YEAR, message = EmulationYears.RANGE)
            @Max(value = LAST_YEAR, message = EmulationYears.RANGE) Integer fromYear,
            @Pattern(regexp = UnitDtos.CODE_PATTERN, message = UnitDtos.CODE_MESSAGE) String toUnitCode,
            @Size(max = 100, message = "must be at most 100 characters") String reference) {
    }

    @Schema(examples = """
            {"id": "7c9e6679-7425-40de-944b-e07fc1f90ae7", "clusterNumber": 1, "fromYear": 2025, "forYear": 2026,
                 "fromUnitCode": "BDBP-LANG-SON", "toUnitCode": "BDBP-CAO-BANG", "outcome": "COMPLETED", "reason": null,
                 "trigger": "COUNCIL", "triggerReference": "Biên bản hội nghị tổng kết ngày 26/9/2025",
                 "happenedAt": "2025-09-26T16:00:00+07:00"}""")
    public record Handover(UUID id, int clusterNumber, int fromYear, int forYear, @Schema(nullable = true) String fromUnitCode,
                           @Schema(nullable = true) String toUnitCode, String outcome, @Schema(nullable = true) String reason, String trigger,
                           @Schema(nullable = true) String triggerReference, OffsetDateTime happenedAt) {
        static Handover of(ClusterViews.Handover h) {
            return new Handover(h.id(), h.clusterNumber(), h.fromYear(), h.forYear(), h.fromUnitCode(), h.toUnitCode(),
                    h.outcome(), h.reason(), h.trigger(), h.triggerReference(), h.happenedAt());
        }
    }
}
