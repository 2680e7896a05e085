package dev.baton.testkit;

import dev.baton.model.campaign.Campaign;
import dev.baton.model.campaign.CampaignReader;
import dev.baton.model.datamodel.DataModel;
import dev.baton.model.datamodel.DataModelReader;
import dev.baton.model.error.ErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The demo data model and campaigns, read from the baton-demo module's resources. */
public final class TestingDemo {
    private TestingDemo() {}

    public static DataModel dataModel() {
        return DataModelReader.read(resource("dev/baton/demo/datamodel.yaml"), "datamodel.yaml").orThrow(ErrorCode.INVALID_DATA_MODEL, "demo data model");
    }

    /** A campaign file from {@code dev/baton/demo/campaigns/}. */
    public static Campaign campaign(String fileName) {
        return CampaignReader.read(resource("dev/baton/demo/campaigns/" + fileName), fileName).orThrow(ErrorCode.INVALID_CAMPAIGN, fileName);
    }

    /** A campaign given as text, for tests that write their own. */
    public static Campaign campaignFromYaml(String yaml) {
        return CampaignReader.read(yaml, "test.yaml").orThrow(ErrorCode.INVALID_CAMPAIGN, "test campaign");
    }

    public static String resource(String path) {
        try (InputStream in = TestingDemo.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
