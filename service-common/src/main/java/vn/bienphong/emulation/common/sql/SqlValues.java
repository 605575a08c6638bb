package vn.bienphong.emulation.common.sql;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Values as native queries return them, turned into what the code works with. */
public final class SqlValues {

    private SqlValues() {
    }

    /** A {@code timestamptz} column, whichever type the driver and Hibernate chose for it; null stays null. */
    public static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(ZoneOffset.UTC);
        }
        return null;
    }
}
