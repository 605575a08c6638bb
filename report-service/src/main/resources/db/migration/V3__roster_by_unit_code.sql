-- The roster is read through on every submission by the units' codes (all their years at once).
CREATE INDEX roster_member_by_unit_code ON roster_member (unit_code, year);
