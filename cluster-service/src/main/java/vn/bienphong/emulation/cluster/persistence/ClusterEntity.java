package vn.bienphong.emulation.cluster.persistence;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "emulation_cluster")
public class ClusterEntity extends PanacheEntityBase {

    @Id
    public Integer number;

    @Column(nullable = false)
    public String name;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
