package dev.baton.compiler.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.compiler.CampaignCompiler;
import dev.baton.compiler.CompileOptions;
import dev.baton.compiler.CompiledCampaign;
import dev.baton.compiler.catalog.AudienceCatalog;
import dev.baton.compiler.sql.Dialect;
import dev.baton.compiler.sql.WorkTableNaming;
import dev.baton.model.campaign.CampaignReader;
import dev.baton.model.datamodel.DataModel;
import dev.baton.model.datamodel.DataModelReader;
import dev.baton.model.error.ErrorCode;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Which attributes a Build audience carries for the Save audience reading it (ADR 6), on a model with a text key. */
class CarriedAttributesTest {
    private static final DataModel MODEL = DataModelReader.read("""
            formatVersion: 1
            entities:
              - name: customers
                table: shop.customers
                primaryKey: customerId
                attributes:
                  - {name: customerId, type: integer}
                  - {name: crmId, type: string, identity: crmId}
              - name: orders
                table: shop.orders
                primaryKey: orderCode
                attributes:
                  - {name: orderCode, type: string}
                  - {name: customerId, type: integer}
                  - {name: channel, type: string}
                  - {name: total, type: decimal}
                links:
                  - {name: customer, target: customers, cardinality: many-to-one, join: [{source: customerId, target: customerId}]}
            targetDimensions:
              - {name: Customers - CRMID, entity: customers, identity: crmId}
            """, "datamodel.yaml").orThrow(ErrorCode.INVALID_DATA_MODEL, "datamodel.yaml");

    private static String plan(String mappings) {
        String campaign = """
                formatVersion: 1
                id: orders
                activities:
                  - {id: big, type: build-audience, dimension: orders, rule: {attribute: total, operator: greater, value: 100}}
                  - {id: save, type: save-audience, audience: Big orders, profileMapping: Customers - CRMID, mappings: [%s]}
                transitions:
                  - {from: big, to: save}
                """.formatted(mappings);
        CompiledCampaign compiled = CampaignCompiler.compile(CampaignReader.read(campaign, "orders.yaml").orThrow(ErrorCode.INVALID_CAMPAIGN, "orders"),
                MODEL, new CompileOptions(Dialect.DUCKDB, Instant.parse("2026-06-15T00:00:00Z"), new WorkTableNaming(WorkTableNaming.DEFAULT_SCHEMA, "r1"),
                        AudienceCatalog.empty())).value().orElseThrow();
        return compiled.plan();
    }

    @Test
    void aTextKeyDoesNotStopCarryingFixedWidthAttributes() {
        // The key orderCode is stored as the source key, but it is in the work table anyway.
        assertThat(plan("{source: total, field: total}"))
                .contains("EntityFilter(entity=[orders], keys=[orderCode], carries=[customerId, total]")
                .contains("reads=[input only]");
    }

    @Test
    void aTextAttributeIsReadFromTheEntityTableInstead() {
        assertThat(plan("{source: total, field: total}, {source: channel, field: channel}"))
                .doesNotContain("carries=")
                .contains("reads=[input joined to orders]");
    }
}
