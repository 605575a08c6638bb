package vn.bienphong.emulation.cluster.domain;

/** What kind of unit competes: "BĐBP tỉnh Lạng Sơn" is a provincial command, "Cục Kỹ thuật" a department. */
public enum UnitKind {
    /** Bộ đội Biên phòng tỉnh: a provincial Border Guard command. */
    PROVINCIAL_COMMAND,
    /** Bộ đội Biên phòng thành phố: the Border Guard command of a centrally run city (Hải Phòng, Huế). */
    MUNICIPAL_COMMAND,
    /** Bộ Tham mưu, Cục ...: a staff or department of the Border Guard Command. */
    DEPARTMENT,
    /** Lữ đoàn: a brigade. */
    BRIGADE,
    /** Học viện, Trường: an academy or school. */
    SCHOOL,
    OTHER
}
