package org.journeystudio.store;

import java.time.Instant;
import java.util.List;
import org.journeystudio.model.JourneyMap;

/** The templates shipped as {@code .journey.json} resources. Placeholder on this branch: the real one lands on merge. */
public final class ResourceTemplateCatalog implements TemplateCatalog {

    public ResourceTemplateCatalog() {
    }

    @Override
    public List<TemplateInfo> list() {
        throw new UnsupportedOperationException("not yet written");
    }

    @Override
    public JourneyMap instantiate(String templateId, String title, Instant now) {
        throw new UnsupportedOperationException("not yet written");
    }
}
