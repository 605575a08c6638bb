package vn.bienphong.emulation.award.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.bienphong.emulation.award.domain.AwardForm;
import vn.bienphong.emulation.award.domain.RecipientKind;
import vn.bienphong.emulation.award.service.DossierService;
import vn.bienphong.emulation.common.api.EmulationYears;

/** What the nomination dossier API takes and gives. */
public final class DossierDtos {

    private DossierDtos() {
    }

    /** A dossier filed by a unit (for itself) or the council: a collective, or a person with rank and position; the achievements. */
    public record NewDossier(
            @NotNull(message = "is required") @Min(value = 1, message = "must be 1 or more") Integer clusterNumber,
            @NotNull(message = "is required") @Min(value = EmulationYears.FIRST, message = EmulationYears.RANGE) @Max(value = EmulationYears.LAST, message = EmulationYears.RANGE) Integer year,
            @NotBlank(message = "is required, a code of the award catalogue (e.g. COMMANDER_CERTIFICATE)") @Pattern(regexp = SchemeDtos.CODE_PATTERN, message = SchemeDtos.CODE_MESSAGE) String awardCode,
            @NotNull(message = "is required: COLLECTIVE or INDIVIDUAL") RecipientKind recipientKind,
            @NotBlank(message = "is required") @Pattern(regexp = SchemeDtos.UNIT_PATTERN, message = SchemeDtos.UNIT_MESSAGE) String unitCode,
            @Size(max = 200, message = "must be at most 200 characters") String personName,
            @Size(max = 100, message = "must be at most 100 characters") String rank,
            @Size(max = 200, message = "must be at most 200 characters") String position,
            @Size(max = 10000, message = "must be at most 10000 characters") String achievements,
            AwardForm.Occasion occasion) {

        DossierService.NewDossier toService() {
            return new DossierService.NewDossier(clusterNumber, year, awardCode, recipientKind, unitCode, personName, rank, position,
                    achievements, occasion);
        }
    }

    /** A move: the reason (required to return for correction), the council's override to forward a dossier not eligible, the outcome of a decision. */
    public record MoveRequest(
            @Size(max = 2000, message = "must be at most 2000 characters") String reason,
            @Size(max = 1000, message = "must be at most 1000 characters") String override,
            @Pattern(regexp = "APPROVED|REJECTED", message = "is APPROVED or REJECTED") String outcome) {
    }

    // Dossiers, attachments and history are answered as the service's values (DossierViews): the same fields.
}
