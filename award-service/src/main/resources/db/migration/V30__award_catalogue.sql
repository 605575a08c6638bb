-- Issue 13: the award catalogue (forms of commendation and emulation titles) with the eligibility rules of each.
-- Reference data the council curates: it lives in a schema of its own, apart from the operational tables.
-- rules: a JSON array of {"kind": ..., parameters..., "source": the legal text}; kinds: TITLE_HELD (award, times,
-- withinYears, consecutive, includingThisYear), STANDINGS_RANK (maxRank), STANDINGS_SCORE (minScore),
-- BALLOT_PROPOSAL, NO_PENALTY. The parameters' values are this system's defaults; the council changes them.
CREATE SCHEMA IF NOT EXISTS catalogue;

CREATE TABLE catalogue.award_form (
    code                VARCHAR(60)  PRIMARY KEY,
    name                VARCHAR(300) NOT NULL UNIQUE,
    kind                VARCHAR(20)  NOT NULL,
    recipients          VARCHAR(20)  NOT NULL,
    deciding_level      VARCHAR(40)  NOT NULL,
    occasion            VARCHAR(20)  NOT NULL,
    certificate_heading VARCHAR(100) NOT NULL,
    position            INTEGER      NOT NULL,
    rules               TEXT         NOT NULL,
    updated_by          VARCHAR(100) NOT NULL,
    updated_at          TIMESTAMPTZ  NOT NULL
);

INSERT INTO catalogue.award_form (code, name, kind, recipients, deciding_level, occasion, certificate_heading, position, rules, updated_by, updated_at) VALUES
('GOVERNMENT_FLAG', 'Cờ thi đua của Chính phủ', 'EMULATION_TITLE', 'COLLECTIVE', 'PRIME_MINISTER', 'YEARLY', 'CỜ THI ĐUA', 10,
 '[{"kind":"TITLE_HELD","award":"MINISTRY_FLAG","times":1,"withinYears":1,"includingThisYear":true,"source":"Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định 98/2023/NĐ-CP (chosen among the collectives given the ministry''s flag)"},
   {"kind":"NO_PENALTY","source":"Luật Thi đua, khen thưởng số 06/2022/QH15"}]', 'migration', now()),
('MINISTRY_FLAG', 'Cờ thi đua của Bộ Quốc phòng', 'EMULATION_TITLE', 'COLLECTIVE', 'MINISTER_OF_DEFENCE', 'YEARLY', 'CỜ THI ĐUA', 20,
 '[{"kind":"BALLOT_PROPOSAL","source":"Nghị định 98/2023/NĐ-CP (flags after review and vote within the emulation clusters)"},
   {"kind":"STANDINGS_RANK","maxRank":1,"source":"Luật Thi đua, khen thưởng số 06/2022/QH15 (the most outstanding collective; rank 1 is this system''s default)"},
   {"kind":"NO_PENALTY","source":"Luật Thi đua, khen thưởng số 06/2022/QH15"}]', 'migration', now()),
('COMMAND_FLAG', 'Cờ thi đua của Bộ Tư lệnh BĐBP', 'EMULATION_TITLE', 'COLLECTIVE', 'BORDER_GUARD_COMMANDER', 'YEARLY', 'CỜ THI ĐUA', 30,
 '[{"kind":"BALLOT_PROPOSAL","source":"Nghị định 98/2023/NĐ-CP (flags after review and vote within the emulation clusters)"},
   {"kind":"STANDINGS_RANK","maxRank":3,"source":"Luật Thi đua, khen thưởng số 06/2022/QH15 (outstanding collectives; the first 3 is this system''s default)"},
   {"kind":"NO_PENALTY","source":"Luật Thi đua, khen thưởng số 06/2022/QH15"}]', 'migration', now()),
('DETERMINED_TO_WIN_UNIT', 'Đơn vị Quyết thắng', 'EMULATION_TITLE', 'COLLECTIVE', 'BORDER_GUARD_COMMANDER', 'YEARLY', 'DANH HIỆU', 40,
 '[{"kind":"STANDINGS_SCORE","minScore":90,"source":"Luật Thi đua, khen thưởng số 06/2022/QH15 (tasks completed with excellence; a score of 90 is this system''s default)"},
   {"kind":"NO_PENALTY","source":"Luật Thi đua, khen thưởng số 06/2022/QH15"}]', 'migration', now()),
('ADVANCED_UNIT', 'Đơn vị tiên tiến', 'EMULATION_TITLE', 'COLLECTIVE', 'UNIT_COMMANDER', 'YEARLY', 'DANH HIỆU', 50,
 '[{"kind":"STANDINGS_SCORE","minScore":70,"source":"Luật Thi đua, khen thưởng số 06/2022/QH15 (tasks completed well; a score of 70 is this system''s default)"},
   {"kind":"NO_PENALTY","source":"Luật Thi đua, khen thưởng số 06/2022/QH15"}]', 'migration', now()),
('MINISTER_CERTIFICATE', 'Bằng khen của Bộ trưởng Bộ Quốc phòng', 'COMMENDATION', 'BOTH', 'MINISTER_OF_DEFENCE', 'YEARLY_OR_AD_HOC', 'BẰNG KHEN', 60,
 '[{"kind":"NO_PENALTY","source":"Luật Thi đua, khen thưởng số 06/2022/QH15"}]', 'migration', now()),
('COMMANDER_CERTIFICATE', 'Bằng khen của Tư lệnh Bộ đội Biên phòng', 'COMMENDATION', 'BOTH', 'BORDER_GUARD_COMMANDER', 'YEARLY_OR_AD_HOC', 'BẰNG KHEN', 70,
 '[{"kind":"NO_PENALTY","source":"Luật Thi đua, khen thưởng số 06/2022/QH15"}]', 'migration', now()),
('UNIT_CERTIFICATE', 'Giấy khen', 'COMMENDATION', 'BOTH', 'UNIT_COMMANDER', 'YEARLY_OR_AD_HOC', 'GIẤY KHEN', 80,
 '[]', 'migration', now()),
('NATIONAL_EMULATION_SOLDIER', 'Chiến sĩ thi đua toàn quốc', 'EMULATION_TITLE', 'INDIVIDUAL', 'PRIME_MINISTER', 'YEARLY', 'DANH HIỆU', 90,
 '[{"kind":"TITLE_HELD","award":"ARMY_EMULATION_SOLDIER","times":2,"withinYears":2,"consecutive":true,"includingThisYear":false,"source":"Luật Thi đua, khen thưởng số 06/2022/QH15 (two consecutive times emulation soldier of the ministry)"}]', 'migration', now()),
('ARMY_EMULATION_SOLDIER', 'Chiến sĩ thi đua toàn quân', 'EMULATION_TITLE', 'INDIVIDUAL', 'MINISTER_OF_DEFENCE', 'YEARLY', 'DANH HIỆU', 100,
 '[{"kind":"TITLE_HELD","award":"EMULATION_SOLDIER","times":3,"withinYears":3,"consecutive":true,"includingThisYear":true,"source":"Luật Thi đua, khen thưởng số 06/2022/QH15 (three consecutive times emulation soldier at the grassroots)"}]', 'migration', now()),
('EMULATION_SOLDIER', 'Chiến sĩ thi đua cơ sở', 'EMULATION_TITLE', 'INDIVIDUAL', 'UNIT_COMMANDER', 'YEARLY', 'DANH HIỆU', 110,
 '[{"kind":"TITLE_HELD","award":"ADVANCED_SOLDIER","times":1,"withinYears":1,"includingThisYear":true,"source":"Luật Thi đua, khen thưởng số 06/2022/QH15 (meets the standard of Chiến sĩ tiên tiến)"}]', 'migration', now()),
('ADVANCED_SOLDIER', 'Chiến sĩ tiên tiến', 'EMULATION_TITLE', 'INDIVIDUAL', 'UNIT_COMMANDER', 'YEARLY', 'DANH HIỆU', 120,
 '[]', 'migration', now());
