package vn.bienphong.emulation.report.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.bienphong.emulation.report.domain.ModelSearch;
import vn.bienphong.emulation.report.domain.ReportPeriod;
import vn.bienphong.emulation.report.persistence.ModelBankRecords;
import vn.bienphong.emulation.report.persistence.RosterRepository;

/**
 * The model bank (ngân hàng mô hình): every unit's specific emulation models with their concrete
 * products, as its reports give them, browsable and searchable per year and cluster. Only the latest
 * version of each report counts: an amendment replaces its models.
 */
@ApplicationScoped
public class ModelBank {

    private final ModelBankRecords records;
    private final RosterRepository roster;

    public ModelBank(ModelBankRecords records, RosterRepository roster) {
        this.records = records;
        this.roster = roster;
    }

    /** A model, with its unit and the report (and version) it came from. */
    public record Entry(String title, String description, String product, String unitCode, String unitName,
                        int clusterNumber, int year, UUID reportId, int reportVersion, ReportPeriod period) {
    }

    /** The year's models, of one cluster and one unit when given, that the query finds ({@link ModelSearch}), all of them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Entry> search(int year, Integer clusterNumber, String unitCode, String query) {
        ModelSearch search = ModelSearch.of(query);
        List<ModelBankRecords.Model> models = records.latestModels(year, clusterNumber, unitCode);
        Map<String, String> unitNames = roster.unitNames(models.stream().map(ModelBankRecords.Model::unitCode).distinct().toList());
        List<Entry> found = new ArrayList<>();
        for (ModelBankRecords.Model m : models) {
            String unitName = unitNames.getOrDefault(m.unitCode(), "");
            if (search.matches(m.title(), m.description(), m.product(), unitName, m.unitCode())) {
                found.add(new Entry(m.title(), m.description(), m.product(), m.unitCode(), unitName.isEmpty() ? null : unitName,
                        m.clusterNumber(), m.year(), m.reportId(), m.version(), m.period()));
            }
        }
        return found;
    }
}
