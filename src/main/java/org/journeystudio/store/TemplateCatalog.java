package org.journeystudio.store;

import java.time.Instant;
import java.util.List;
import org.journeystudio.model.JourneyMap;

/** The journey-map templates a new project can start from (Blank, Online retailer, …). */
public interface TemplateCatalog {

    /** Templates in the order the home screen offers them, Blank first. */
    List<TemplateInfo> list();

    /** A new map made from the template, with fresh ids so it never clashes with another project. */
    JourneyMap instantiate(String templateId, String title, Instant now);
}
