package vn.bienphong.emulation.award.service;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.bienphong.emulation.award.domain.AwardBonus;
import vn.bienphong.emulation.award.domain.Criterion;
import vn.bienphong.emulation.award.domain.ScoringScheme;
import vn.bienphong.emulation.award.domain.TieBreak;
import vn.bienphong.emulation.award.persistence.CampaignSchemeEntity;
import vn.bienphong.emulation.award.persistence.SchemeEntity;

/** How a scheme is stored (JSON in {@code scoring_scheme.definition}, {@code campaign_scheme.definition}), and the scheme that scores a cluster and year or a campaign. */
@ApplicationScoped
public class SchemeJson {

    private final ObjectMapper json;

    public SchemeJson(ObjectMapper json) {
        this.json = json;
    }

    private record Stored(List<Criterion> criteria, List<AwardBonus> awardBonuses, List<String> tieBreaks) {
    }

    /** Its own scheme, or the default one. */
    public ScoringScheme schemeFor(int clusterNumber, int year) {
        return SchemeEntity.findFor(clusterNumber, year).map(e -> read(e.definition)).orElseGet(ScoringScheme::defaultScheme);
    }

    /** The scheme of a campaign of a cluster and year, when one was set (a campaign has no default). */
    public Optional<ScoringScheme> campaignSchemeFor(int clusterNumber, int year, String campaign) {
        return CampaignSchemeEntity.findFor(clusterNumber, year, campaign).map(e -> read(e.definition));
    }

    /** The campaigns of a cluster and year whose standings a scheme asks for. */
    public List<String> campaignsWithSchemes(int clusterNumber, int year) {
        return CampaignSchemeEntity.campaignsOf(clusterNumber, year);
    }

    public String write(ScoringScheme s) {
        try {
            return json.writeValueAsString(new Stored(s.criteria(), s.awardBonuses(), s.tieBreaks().stream().map(TieBreak::toString).toList()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public ScoringScheme read(String definition) {
        try {
            Stored s = json.readValue(definition, Stored.class);
            return new ScoringScheme(s.criteria(), s.awardBonuses(), s.tieBreaks().stream().map(TieBreak::parse).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored scheme unreadable", e);
        }
    }
}
