package vn.bienphong.emulation.award.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.panache.common.Sort;
import vn.bienphong.emulation.award.domain.AwardForm;
import vn.bienphong.emulation.award.domain.Eligibility;
import vn.bienphong.emulation.award.domain.EligibilityRule;
import vn.bienphong.emulation.award.persistence.AwardFormEntity;
import vn.bienphong.emulation.common.problem.Problem;
import vn.bienphong.emulation.common.problem.ProblemException;
import vn.bienphong.emulation.common.security.Caller;
import vn.bienphong.emulation.common.text.Diacritics;

/** The award catalogue: forms of commendation and emulation titles, with the eligibility rules each is checked by. */
@ApplicationScoped
public class AwardCatalogue {

    private final ObjectMapper json;
    private final Caller caller;

    public AwardCatalogue(ObjectMapper json, Caller caller) {
        this.json = json;
        this.caller = caller;
    }

    /** A rule as the council configures it: its kind and parameters (the legal source among them). */
    public record RuleSetting(String kind, Map<String, String> params) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AwardForm> all() {
        return AwardFormEntity.<AwardFormEntity>listAll(Sort.by("position")).stream().map(this::form).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<AwardForm> find(String code) {
        return code == null ? Optional.empty() : AwardFormEntity.<AwardFormEntity>findByIdOptional(code).map(this::form);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AwardForm require(String code) {
        return find(code).orElseThrow(() -> ProblemException.notFound("no award " + code + " in the catalogue"));
    }

    /** The award a ballot question names, by its Vietnamese name (diacritics and case ignored) or its code. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<AwardForm> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String folded = Diacritics.fold(name.strip());
        return all().stream().filter(f -> Diacritics.fold(f.name()).equals(folded) || f.code().equalsIgnoreCase(name.strip())).findFirst();
    }

    /** Replaces an award's rules; each is checked before anything is stored. */
    @Transactional
    public AwardForm replaceRules(String code, List<RuleSetting> settings) {
        AwardFormEntity e = AwardFormEntity.<AwardFormEntity>findByIdOptional(code)
                .orElseThrow(() -> ProblemException.notFound("no award " + code + " in the catalogue"));
        List<Problem.Violation> faults = new ArrayList<>();
        ArrayNode rules = json.createArrayNode();
        for (int i = 0; i < settings.size(); i++) {
            RuleSetting s = settings.get(i);
            try {
                Eligibility.rule(s.kind(), s.params(), code);
                if ("TITLE_HELD".equals(s.kind()) && find(s.params().get("award")).isEmpty()) {
                    throw new IllegalArgumentException("award " + s.params().get("award") + " is not in the catalogue");
                }
            } catch (IllegalArgumentException ex) {
                faults.add(new Problem.Violation("rules[" + i + "]", ex.getMessage()));
                continue;
            }
            ObjectNode node = rules.addObject();
            node.put("kind", s.kind());
            s.params().forEach(node::put);
        }
        if (!faults.isEmpty()) {
            throw ProblemException.invalidFields(faults);
        }
        e.rules = rules.toString();
        e.updatedBy = caller.name();
        e.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        return form(e);
    }

    private AwardForm form(AwardFormEntity e) {
        List<EligibilityRule> rules = new ArrayList<>();
        try {
            for (JsonNode node : json.readTree(e.rules)) {
                Map<String, String> params = new LinkedHashMap<>();
                node.fields().forEachRemaining(f -> params.put(f.getKey(), f.getValue().asText()));
                rules.add(Eligibility.rule(params.remove("kind"), params, e.code));
            }
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("the rules of award " + e.code + " are not readable", ex);
        }
        return new AwardForm(e.code, e.name, AwardForm.Kind.valueOf(e.kind), AwardForm.Recipients.valueOf(e.recipients),
                AwardForm.DecidingLevel.valueOf(e.decidingLevel), AwardForm.Occasion.valueOf(e.occasion), e.certificateHeading, rules);
    }
}
