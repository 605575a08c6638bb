package vn.bienphong.emulation.report;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import vn.bienphong.emulation.infra.testing.JwtTestResource;
import vn.bienphong.emulation.infra.testing.KafkaTestResource;
import vn.bienphong.emulation.infra.testing.PostgresTestResource;

/**
 * The real infrastructure every {@code @QuarkusTest} of this module runs on: one Kafka broker,
 * one PostgreSQL server with the service's database, one signing key; shared by all test classes.
 */
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "report"))
@QuarkusTestResource(value = JwtTestResource.class, restrictToAnnotatedClass = false)
public final class TestInfrastructure {

    private TestInfrastructure() {
    }
}
