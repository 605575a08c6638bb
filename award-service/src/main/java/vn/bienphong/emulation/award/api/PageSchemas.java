package vn.bienphong.emulation.award.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.bienphong.emulation.award.service.DecisionService;
import vn.bienphong.emulation.award.service.DossierViews;

/**
 * The schemas of the paged lists whose answers the resources document with an example of their own, named as the
 * generated ones are ({@code Page<item type>}): the resources answer {@code Page<T>}, whose type the OpenAPI
 * scanner cannot name when the response's content is given by hand.
 */
final class PageSchemas {

    private PageSchemas() {
    }

    @Schema(name = "PageAward", description = "A page of the award catalogue")
    record Awards(List<CatalogueDtos.Award> items, int page, int size, long totalItems, int totalPages) {
    }

    @Schema(name = "PageDecision", description = "A page of decisions")
    record Decisions(List<DecisionService.Decision> items, int page, int size, long totalItems, int totalPages) {
    }

    @Schema(name = "PageDossier", description = "A page of dossiers")
    record Dossiers(List<DossierViews.Dossier> items, int page, int size, long totalItems, int totalPages) {
    }

    @Schema(name = "PageHistoryEntry", description = "A page of a dossier's moves")
    record History(List<DossierViews.HistoryEntry> items, int page, int size, long totalItems, int totalPages) {
    }
}
