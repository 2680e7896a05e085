package dev.baton.model.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.model.diagnostic.Checked;
import dev.baton.model.rule.Comparison;
import dev.baton.model.rule.Value;
import org.junit.jupiter.api.Test;

final class CampaignReaderTest {
    @Test
    void yamlWordsLikeNoStayTexts() {
        Checked<Campaign> campaign = CampaignReader.read("""
                formatVersion: 1
                id: norway
                activities:
                  - {id: a, type: build-audience, dimension: recipients, rule: {attribute: country, operator: in, value: [NO, yes, off]}}
                """, "norway.yaml");
        assertThat(campaign.diagnostics()).isEmpty();
        BuildAudience activity = (BuildAudience) campaign.value().orElseThrow().activities().getFirst();
        Comparison comparison = (Comparison) activity.rule().orElseThrow();
        assertThat(comparison.value()).contains(new Value.ValueList(java.util.List.of(new Value.Text("NO"), new Value.Text("yes"), new Value.Text("off"))));
    }

    @Test
    void longDecimalsAreReadExactly() {
        for (String file : java.util.List.of("exact.yaml", "exact.json")) {
            String text = file.endsWith(".json")
                    ? "{\"formatVersion\": 1, \"id\": \"exact\", \"activities\": [{\"id\": \"a\", \"type\": \"build-audience\", \"dimension\": \"bookings\","
                            + " \"rule\": {\"attribute\": \"amount\", \"operator\": \"equal\", \"value\": 123456789012345678901234567890.123}}]}"
                    : "formatVersion: 1\nid: exact\nactivities:\n  - {id: a, type: build-audience, dimension: bookings, rule: {attribute: amount, operator: equal,"
                            + " value: 123456789012345678901234567890.123}}\n";
            BuildAudience activity = (BuildAudience) CampaignReader.read(text, file).value().orElseThrow().activities().getFirst();
            assertThat(((Comparison) activity.rule().orElseThrow()).value()).as(file)
                    .contains(new Value.Number(new java.math.BigDecimal("123456789012345678901234567890.123")));
        }
    }

    @Test
    void yamlAndJsonReadIntoTheSameCampaign() {
        Checked<Campaign> yaml = CampaignReader.read("""
                formatVersion: 1
                id: same
                activities:
                  - {id: a, type: build-audience, dimension: recipients, rule: {attribute: emailOptIn, operator: equal, value: true}}
                  - {id: b, type: build-audience, dimension: recipients}
                  - {id: c, type: combine, operation: exclusion, primary: a, complement: true}
                transitions:
                  - {from: a, to: c, label: A}
                  - {from: b, to: c}
                """, "same.yaml");
        Checked<Campaign> json = CampaignReader.read("""
                {"formatVersion": 1, "id": "same", "activities": [
                  {"id": "a", "type": "build-audience", "dimension": "recipients", "rule": {"attribute": "emailOptIn", "operator": "equal", "value": true}},
                  {"id": "b", "type": "build-audience", "dimension": "recipients"},
                  {"id": "c", "type": "combine", "operation": "exclusion", "primary": "a", "complement": true}],
                 "transitions": [{"from": "a", "to": "c", "label": "A"}, {"from": "b", "to": "c"}]}
                """, "same.json");
        assertThat(yaml.diagnostics()).isEmpty();
        assertThat(json.value()).isEqualTo(yaml.value());
    }
}
