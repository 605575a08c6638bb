package vn.bienphong.emulation.cluster.persistence;

import java.time.OffsetDateTime;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import vn.bienphong.emulation.cluster.domain.UnitKind;
import vn.bienphong.emulation.common.text.Diacritics;

@Entity
@Table(name = "unit")
public class UnitEntity extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    /** The name without diacritics, lower case: what search compares with. */
    @Column(name = "name_folded", nullable = false)
    public String nameFolded;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public UnitKind kind;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public void rename(String newName) {
        name = newName;
        nameFolded = Diacritics.fold(newName);
    }

    public static Optional<UnitEntity> findByCode(String code) {
        return findByIdOptional(code);
    }

    /** Units whose name or code contains the folded query, ignoring diacritics and case. */
    public static io.quarkus.hibernate.orm.panache.PanacheQuery<UnitEntity> search(String query, UnitKind kind) {
        String folded = query == null ? "" : Diacritics.fold(query);
        String like = "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        if (kind == null) {
            return find("nameFolded like ?1 or lower(code) like ?1", Sort.by("code"), like);
        }
        return find("(nameFolded like ?1 or lower(code) like ?1) and kind = ?2", Sort.by("code"), like, kind);
    }
}
