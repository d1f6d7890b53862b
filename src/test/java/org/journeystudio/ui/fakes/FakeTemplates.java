package org.journeystudio.ui.fakes;

import java.time.Instant;
import java.util.List;
import org.journeystudio.model.Ids;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.TemplateCatalog;
import org.journeystudio.store.TemplateInfo;
import org.journeystudio.testing.SampleMaps;

/** Two templates built with the model: an empty map and the five-touchpoint shopping journey. */
public final class FakeTemplates implements TemplateCatalog {
    public static final TemplateInfo BLANK = new TemplateInfo("blank", "Blank", "An empty map with the usual lanes.");
    public static final TemplateInfo RETAILER = new TemplateInfo("online-retailer", "Online retailer",
            "Search, buy and receive a product, with emotions and pain points filled in.");

    @Override
    public List<TemplateInfo> list() {
        return List.of(BLANK, RETAILER);
    }

    @Override
    public JourneyMap instantiate(String templateId, String title, Instant now) {
        return switch (templateId) {
            case "blank" -> JourneyMap.blank(Ids.next("map"), title, now);
            case "online-retailer" -> SampleMaps.shopping(Ids.next("map"), title).withTimes(now, now);
            default -> throw new IllegalArgumentException("No template " + templateId);
        };
    }
}
