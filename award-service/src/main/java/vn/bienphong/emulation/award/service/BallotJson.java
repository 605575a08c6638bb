package vn.bienphong.emulation.award.service;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.bienphong.emulation.award.domain.BallotQuestion;

/** How a ballot's questions, voters, papers and results are stored (JSON columns). */
@ApplicationScoped
public class BallotJson {

    private static final TypeReference<List<BallotQuestion>> QUESTIONS = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> CODES = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, List<String>>> CHOICES = new TypeReference<>() {
    };

    private final ObjectMapper json;

    public BallotJson(ObjectMapper json) {
        this.json = json;
    }

    public String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<BallotQuestion> questions(String text) {
        return read(text, QUESTIONS);
    }

    public List<String> codes(String text) {
        return read(text, CODES);
    }

    public Map<String, List<String>> choices(String text) {
        return read(text, CHOICES);
    }

    public BallotViews.Results results(String text) {
        return text == null ? null : read(text, new TypeReference<>() {
        });
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored ballot unreadable", e);
        }
    }
}
