package vn.bienphong.emulation.report.api;

/** JSON examples of the OpenAPI document for the batch, the reporting status and the model bank. */
final class ReportingExamples {

    private ReportingExamples() {
    }

    static final String BATCH = """
            {"items": [
              {"idempotencyKey": "BDBP-LANG-SON/2025-03",
               "report": {"unitCode": "BDBP-LANG-SON", "clusterNumber": 1, "year": 2025,
                          "period": {"kind": "MONTH", "label": "2025-03"},
                          "figures": {"borderPatrols": 150, "crimeCases": 12, "budgetCollectedVnd": 6500000000},
                          "models": [{"title": "Mô hình \\"Mỗi đồn biên phòng một địa chỉ nhân đạo\\"",
                                      "description": "Giúp đỡ học sinh nghèo vùng biên giới", "product": "120 suất học bổng"}],
                          "notes": "Báo cáo tháng 3"}},
              {"idempotencyKey": "BDBP-CAO-BANG/2025-03",
               "report": {"unitCode": "BDBP-CAO-BANG", "clusterNumber": 1, "year": 2025,
                          "period": {"kind": "MONTH", "label": "2025-03"}, "figures": {"borderPatrols": 132, "crimeCases": 9}}}
            ]}""";

    static final String BATCH_RESULT = """
            {"received": 3, "created": 1, "replayed": 1, "refused": 1, "items": [
              {"index": 0, "idempotencyKey": "BDBP-LANG-SON/2025-03", "outcome": "CREATED", "status": 201,
               "location": "/api/v1/reports/6f1c2a9e-0c1b-4d8e-9a51-2b7d0f3c4e10",
               "report": {"id": "6f1c2a9e-0c1b-4d8e-9a51-2b7d0f3c4e10", "version": 1, "currentVersion": 1, "supersedesVersion": null,
                          "unitCode": "BDBP-LANG-SON", "unitName": "BĐBP tỉnh Lạng Sơn", "clusterNumber": 1, "year": 2025,
                          "period": {"kind": "MONTH", "label": "2025-03", "from": "2025-03-01", "to": "2025-03-31"},
                          "figures": {"borderPatrols": 150, "crimeCases": 12, "budgetCollectedVnd": 6500000000},
                          "models": [{"title": "Mô hình \\"Mỗi đồn biên phòng một địa chỉ nhân đạo\\"",
                                      "description": "Giúp đỡ học sinh nghèo vùng biên giới", "product": "120 suất học bổng"}],
                          "notes": "Báo cáo tháng 3", "submittedBy": "command-system",
                          "submittedAt": "2025-04-02T08:15:00Z", "createdAt": "2025-04-02T08:15:00Z"}},
              {"index": 1, "idempotencyKey": "BDBP-CAO-BANG/2025-03", "outcome": "REPLAYED", "status": 201,
               "location": "/api/v1/reports/0b9e7d52-5a43-4f0e-8f7c-61d2a4b8c3f1",
               "report": {"id": "0b9e7d52-5a43-4f0e-8f7c-61d2a4b8c3f1", "version": 1, "currentVersion": 1, "supersedesVersion": null,
                          "unitCode": "BDBP-CAO-BANG", "unitName": "BĐBP tỉnh Cao Bằng", "clusterNumber": 1, "year": 2025,
                          "period": {"kind": "MONTH", "label": "2025-03", "from": "2025-03-01", "to": "2025-03-31"},
                          "figures": {"borderPatrols": 132, "crimeCases": 9}, "models": [], "notes": null,
                          "submittedBy": "command-system", "submittedAt": "2025-04-01T17:40:00Z", "createdAt": "2025-04-01T17:40:00Z"}},
              {"index": 2, "idempotencyKey": "BDBP-HUE/2025-03", "outcome": "REFUSED", "status": 422,
               "problem": {"type": "urn:bienphong:emulation:problem:rule-not-met", "title": "Rule of the emulation work not met", "status": 422,
                           "detail": "unit BDBP-HUE is not a member of cluster 1 in 2025; it is in cluster 3",
                           "instance": "/api/v1/reports/batch#/items/2"}}
            ]}""";

    static final String BATCH_EMPTY = """
            {"type": "urn:bienphong:emulation:problem:invalid-input", "title": "Invalid input", "status": 400, "detail": "items: a batch carries 1 to 500 reports",
             "instance": "/api/v1/reports/batch", "violations": [{"field": "items", "message": "a batch carries 1 to 500 reports"}]}""";

    static final String BATCH_TOO_LARGE = """
            {"type": "urn:bienphong:emulation:problem:payload-too-large", "title": "Batch too large", "status": 413,
             "detail": "a batch carries at most 500 reports; this one carries 612: send them in batches of 500 or fewer",
             "instance": "/api/v1/reports/batch", "violations": [{"field": "items", "message": "at most 500 reports"}]}""";

    static final String UNAUTHORIZED = """
            {"type": "urn:bienphong:emulation:problem:unauthorized", "title": "Unauthorized", "status": 401, "detail": "a valid bearer token is required",
             "instance": "/api/v1/reports/batch"}""";

    static final String FORBIDDEN = """
            {"type": "urn:bienphong:emulation:problem:forbidden", "title": "Forbidden", "status": 403, "detail": "the token's role does not allow this",
             "instance": "/api/v1/reports/batch"}""";

    static final String STATUS = """
            {"items": [
              {"unitCode": "BDBP-CAO-BANG", "unitName": "BĐBP tỉnh Cao Bằng", "reported": true,
               "reports": [{"reportId": "0b9e7d52-5a43-4f0e-8f7c-61d2a4b8c3f1", "clusterNumber": 1,
                            "period": {"kind": "QUARTER", "label": "2025-Q1", "from": "2025-01-01", "to": "2025-03-31"}}],
               "missing": []},
              {"unitCode": "BDBP-LANG-SON", "unitName": "BĐBP tỉnh Lạng Sơn", "reported": true,
               "reports": [{"reportId": "6f1c2a9e-0c1b-4d8e-9a51-2b7d0f3c4e10", "clusterNumber": 1,
                            "period": {"kind": "MONTH", "label": "2025-03", "from": "2025-03-01", "to": "2025-03-31"}}],
               "missing": []},
              {"unitCode": "BDBP-QUANG-NINH", "unitName": "BĐBP tỉnh Quảng Ninh", "reported": false, "reports": [],
               "missing": ["2025-03"]}
            ], "page": 0, "size": 50, "totalItems": 3, "totalPages": 1}""";

    static final String NOT_REPORTED = """
            {"items": [
              {"unitCode": "BDBP-LANG-SON", "unitName": "BĐBP tỉnh Lạng Sơn", "reported": false,
               "reports": [{"reportId": "6f1c2a9e-0c1b-4d8e-9a51-2b7d0f3c4e10", "clusterNumber": 1,
                            "period": {"kind": "MONTH", "label": "2025-03", "from": "2025-03-01", "to": "2025-03-31"}}],
               "missing": ["2025-01", "2025-02"]},
              {"unitCode": "BDBP-QUANG-NINH", "unitName": "BĐBP tỉnh Quảng Ninh", "reported": false, "reports": [],
               "missing": ["2025-01", "2025-02", "2025-03"]}
            ], "page": 0, "size": 50, "totalItems": 2, "totalPages": 1}""";

    static final String STATUS_BAD_PERIOD = """
            {"type": "urn:bienphong:emulation:problem:invalid-input", "title": "Invalid input", "status": 400, "detail": "period: 2024-12 is outside the year 2025",
             "instance": "/api/v1/reporting-status/clusters/1",
             "violations": [{"field": "period", "message": "2024-12 is outside the year 2025"}]}""";

    static final String STATUS_UNKNOWN_CLUSTER = """
            {"type": "urn:bienphong:emulation:problem:not-found", "title": "Not found", "status": 404,
             "detail": "cluster 12 has no members in 2025 as far as report-service knows (no membership of that cluster and year has come from cluster-service)",
             "instance": "/api/v1/reporting-status/clusters/12"}""";

    static final String MODEL_BANK = """
            {"items": [
              {"title": "Mô hình \\"Mỗi đồn biên phòng một địa chỉ nhân đạo\\"",
               "description": "Giúp đỡ học sinh nghèo vùng biên giới", "product": "120 suất học bổng",
               "unitCode": "BDBP-LANG-SON", "unitName": "BĐBP tỉnh Lạng Sơn", "clusterNumber": 1, "year": 2025,
               "reportId": "6f1c2a9e-0c1b-4d8e-9a51-2b7d0f3c4e10", "reportVersion": 2,
               "period": {"kind": "MONTH", "label": "2025-03", "from": "2025-03-01", "to": "2025-03-31"}}
            ], "page": 0, "size": 50, "totalItems": 1, "totalPages": 1}""";

    static final String MODEL_BANK_NO_YEAR = """
            {"type": "urn:bienphong:emulation:problem:invalid-input", "title": "Invalid input", "status": 400, "detail": "year: is required, e.g. 2025",
             "instance": "/api/v1/model-bank", "violations": [{"field": "year", "message": "is required, e.g. 2025"}]}""";
}
