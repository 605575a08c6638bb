package vn.bienphong.emulation.report.persistence;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.bienphong.emulation.common.events.contract.ReportFiled;

/** Figures and models as the JSON columns of a report version hold them; numbers stay exact (BigDecimal). */
@ApplicationScoped
public class ReportJson {

    private static final TypeReference<LinkedHashMap<String, BigDecimal>> FIGURES = new TypeReference<>() {
    };
    private static final TypeReference<List<ReportFiled.EmulationModel>> MODELS = new TypeReference<>() {
    };

    private final ObjectMapper mapper;

    public ReportJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public Map<String, BigDecimal> figures(String json) {
        return read(json, FIGURES);
    }

    public List<ReportFiled.EmulationModel> models(String json) {
        return read(json, MODELS);
    }

    private <T> T read(String json, TypeReference<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored report JSON is unreadable", e);
        }
    }
}
