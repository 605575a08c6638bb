package vn.bienphong.emulation.cluster.api;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.bienphong.emulation.cluster.domain.UnitKind;
import vn.bienphong.emulation.cluster.service.ClusterViews;

/** What the units API takes and gives. */
public final class UnitDtos {

    public static final String CODE_PATTERN = "[A-Z0-9][A-Z0-9-]{1,39}";
    public static final String CODE_MESSAGE = "must be 2 to 40 capital letters, digits or dashes, e.g. BDBP-LANG-SON";

    private UnitDtos() {
    }

    /** Registers a unit. The code is stable and never changes; the name is kept as given, diacritics and all. */
    @Schema(examples = """
            {"code": "BDBP-LANG-SON", "name": "Bộ đội Biên phòng tỉnh Lạng Sơn", "kind": "PROVINCIAL_COMMAND"}""")
    public record NewUnit(
            @NotNull(message = "is required") @Pattern(regexp = CODE_PATTERN, message = CODE_MESSAGE) String code,
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String name,
            @NotNull(message = "is required") UnitKind kind) {
    }

    /** Renames a unit or changes its kind. */
    @Schema(examples = """
            {"name": "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lạng Sơn", "kind": "PROVINCIAL_COMMAND"}""")
    public record UnitChange(
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String name,
            @NotNull(message = "is required") UnitKind kind) {
    }

    @Schema(examples = """
            {"code": "BDBP-LANG-SON", "name": "Bộ đội Biên phòng tỉnh Lạng Sơn", "kind": "PROVINCIAL_COMMAND",
                 "createdAt": "2025-01-06T08:00:00+07:00", "updatedAt": "2025-01-06T08:00:00+07:00"}""")
    public record Unit(String code, String name, UnitKind kind, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
        static Unit of(ClusterViews.Unit u) {
            return new Unit(u.code(), u.name(), u.kind(), u.createdAt(), u.updatedAt());
        }
    }

    /** A unit's place in one cluster for one year. */
    @Schema(examples = """
            {"year": 2025, "clusterNumber": 1, "rotationPosition": 1, "chair": true, "deputyChair": false}""")
    public record UnitMembership(int year, int clusterNumber, int rotationPosition, boolean chair, boolean deputyChair) {
        static UnitMembership of(ClusterViews.UnitMembership m) {
            return new UnitMembership(m.year(), m.clusterNumber(), m.rotationPosition(), m.chair(), m.deputyChair());
        }
    }
}
