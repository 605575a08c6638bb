package vn.bienphong.emulation.award.api;

/** JSON examples of the catalogue, eligibility, dossier, decision and spreadsheet operations (OpenAPI). */
final class CommendationExamples {

    private CommendationExamples() {
    }

    static final String AWARD = """
            {"code": "MINISTRY_FLAG", "name": "Cờ thi đua của Bộ Quốc phòng", "kind": "EMULATION_TITLE", "recipients": "COLLECTIVE",
             "decidingLevel": "MINISTER_OF_DEFENCE", "signerTitle": "Bộ trưởng Bộ Quốc phòng", "occasion": "YEARLY", "certificateHeading": "CỜ THI ĐUA",
             "rules": [{"kind": "BALLOT_PROPOSAL", "requirement": "proposed for MINISTRY_FLAG by the cluster's closed ballot of the year", "params": {},
                        "source": "Nghị định 98/2023/NĐ-CP (flags after review and vote within the emulation clusters)"},
                       {"kind": "STANDINGS_RANK", "requirement": "first in the cluster's standings of the year", "params": {"maxRank": 1},
                        "source": "Luật Thi đua, khen thưởng số 06/2022/QH15"}]}""";

    static final String RULES = """
            {"rules": [{"kind": "TITLE_HELD", "params": {"award": "EMULATION_SOLDIER", "times": "3", "withinYears": "3", "consecutive": "true",
                        "includingThisYear": "true"}, "source": "Luật Thi đua, khen thưởng số 06/2022/QH15"}]}""";

    static final String ELIGIBILITY_REQUEST = """
            {"clusterNumber": 1, "year": 2025, "nominees": [{"awardCode": "MINISTRY_FLAG", "recipientKind": "COLLECTIVE", "unitCode": "BDBP-LANG-SON"}]}""";

    static final String ELIGIBILITY = """
            {"clusterNumber": 1, "year": 2025, "verdicts": [{"awardCode": "MINISTRY_FLAG", "nominee": "BDBP-LANG-SON", "eligible": true,
             "rules": [{"rule": "STANDINGS_RANK", "requirement": "first in the cluster's standings of the year", "met": true,
                        "reason": "BDBP-LANG-SON ranks 1 in its cluster in 2025", "source": "Luật Thi đua, khen thưởng số 06/2022/QH15"}]}]}""";

    static final String NOT_FOUND = """
            {"type": "urn:bienphong:emulation:problem:not-found", "title": "Not found", "status": 404, "detail": "no award GOLD_STAR in the catalogue", "instance": "/api/v1/awards/GOLD_STAR"}""";

    static final String INVALID = """
            {"type": "urn:bienphong:emulation:problem:invalid-input", "title": "Invalid input", "status": 400, "detail": "nominees[0].unitCode: is required",
             "instance": "/api/v1/eligibility", "violations": [{"field": "nominees[0].unitCode", "message": "is required"}]}""";

    static final String RULE_BROKEN = """
            {"type": "urn:bienphong:emulation:problem:rule-not-met", "title": "Rule of the emulation work not met", "status": 422,
             "detail": "the nominee does not meet the award's eligibility rules; the council forwards it only with an override reason", "instance": "/api/v1/dossiers/3f1c2a9e-6a53-4a0b-9d55-1d2b1f0c7a11/forward"}""";

    static final String CONFLICT = """
            {"type": "urn:bienphong:emulation:problem:conflict", "title": "Conflict", "status": 409, "detail": "a dossier decided cannot be received; only one resubmitted or submitted",
             "instance": "/api/v1/dossiers/3f1c2a9e-6a53-4a0b-9d55-1d2b1f0c7a11/receive"}""";

    static final String UNAUTHORIZED = """
            {"type": "urn:bienphong:emulation:problem:unauthorized", "title": "Unauthorized", "status": 401, "detail": "a valid bearer token is required", "instance": "/api/v1/awards"}""";

    static final String FORBIDDEN = """
            {"type": "urn:bienphong:emulation:problem:forbidden", "title": "Forbidden", "status": 403, "detail": "RECEIVE is for the council, not the unit", "instance": "/api/v1/dossiers/3f1c2a9e-6a53-4a0b-9d55-1d2b1f0c7a11/receive"}""";

    static final String DOSSIER_REQUEST = """
            {"clusterNumber": 1, "year": 2025, "awardCode": "COMMANDER_CERTIFICATE", "recipientKind": "INDIVIDUAL", "unitCode": "BDBP-LANG-SON",
             "personName": "Nguyễn Văn Hùng", "rank": "Thiếu tá", "position": "Đồn trưởng Đồn Biên phòng Hữu Nghị",
             "achievements": "Chỉ huy bắt giữ 12 vụ buôn lậu qua biên giới", "occasion": "AD_HOC"}""";

    static final String DOSSIER = """
            {"id": "3f1c2a9e-6a53-4a0b-9d55-1d2b1f0c7a11", "clusterNumber": 1, "year": 2025, "awardCode": "MINISTRY_FLAG",
             "awardName": "Cờ thi đua của Bộ Quốc phòng", "recipientKind": "COLLECTIVE", "unitCode": "BDBP-LANG-SON", "unitName": "BĐBP tỉnh Lạng Sơn",
             "occasion": "YEARLY", "source": "BALLOT", "votes": 5, "status": "RETURNED", "nextActions": ["RESUBMIT"], "attachments": [],
             "filedBy": "award-service", "createdAt": "2025-09-26T09:30:00Z", "updatedAt": "2025-10-02T08:00:00Z"}""";

    static final String MOVE = """
            {"reason": "Thiếu biên bản họp bình xét của Cụm"}""";

    static final String HISTORY = """
            [{"action": "FILE", "from": null, "to": "SUBMITTED", "actor": "award-service", "role": "SYSTEM", "reason": "proposed by the ballot of cluster 1 for 2025", "at": "2025-09-26T09:30:00Z"},
             {"action": "RETURN", "from": "SUBMITTED", "to": "RETURNED", "actor": "council-office", "role": "COUNCIL", "reason": "Thiếu biên bản họp bình xét của Cụm", "at": "2025-10-02T08:00:00Z"}]""";

    static final String ATTACHMENT = """
            {"id": "9a0c4e21-7b3d-4f6a-8c15-2e9d0b7a4f63", "kind": "MINUTES", "fileName": "bien-ban-binh-xet.pdf", "mediaType": "application/pdf", "sizeBytes": 182344,
             "sha256": "3b1f0c9d4e2a7b8c5d6e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c", "uploadedBy": "unit-BDBP-LANG-SON", "uploadedAt": "2025-10-03T07:45:00Z"}""";

    static final String UNSUPPORTED_TYPE = """
            {"type": "urn:bienphong:emulation:problem:unsupported-media-type", "title": "Unsupported media type", "status": 415,
             "detail": "the file's content is application/x-msdownload; an attachment is a PDF, a PNG or JPEG image, or a Word document", "instance": "/api/v1/dossiers/3f1c2a9e-6a53-4a0b-9d55-1d2b1f0c7a11/attachments"}""";

    static final String TOO_LARGE = """
            {"type": "urn:bienphong:emulation:problem:payload-too-large", "title": "Payload too large", "status": 413, "detail": "the file has 12582912 bytes; at most 10485760 are accepted",
             "instance": "/api/v1/dossiers/3f1c2a9e-6a53-4a0b-9d55-1d2b1f0c7a11/attachments"}""";

    static final String DECISION_REQUEST = """
            {"number": "1234/QĐ-BQP", "date": "2025-12-20", "signerName": "Đại tướng Phan Văn Giang", "awardCode": "MINISTRY_FLAG",
             "dossierIds": ["3f1c2a9e-6a53-4a0b-9d55-1d2b1f0c7a11"], "reason": "Đã có thành tích xuất sắc trong phong trào Thi đua Quyết thắng năm 2025"}""";

    static final String DECISION = """
            {"id": "6b2d8f4a-1c3e-4b5d-9e7f-0a2c4e6b8d13", "number": "1234/QĐ-BQP", "date": "2025-12-20", "signerName": "Đại tướng Phan Văn Giang", "signerTitle": "Bộ trưởng Bộ Quốc phòng",
             "awardCode": "MINISTRY_FLAG", "awardName": "Cờ thi đua của Bộ Quốc phòng", "certificateHeading": "CỜ THI ĐUA",
             "reason": "Đã có thành tích xuất sắc trong phong trào Thi đua Quyết thắng năm 2025", "collectives": 1, "individuals": 0,
             "commended": [{"dossierId": "3f1c2a9e-6a53-4a0b-9d55-1d2b1f0c7a11", "commendationId": "77aa3c5e-9d1b-4e2f-a6c8-5b7d9e1f3a20",
                            "recipientKind": "COLLECTIVE", "unitCode": "BDBP-LANG-SON", "unitName": "BĐBP tỉnh Lạng Sơn", "personName": null,
                            "rank": null, "position": null, "achievements": null, "clusterNumber": 1, "year": 2025}],
             "issuedBy": "council-office", "issuedAt": "2025-12-20T09:00:00Z"}""";

    static final String IMPORT_PREVIEW = """
            {"rows": 3, "valid": 2, "problems": [{"row": 4, "column": "Mã hình thức", "message": "GOLD_STAR is not in the award catalogue"}]}""";
}
