package org.journeystudio.testing;

import java.util.List;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.LinkKind;
import org.journeystudio.model.Stage;
import org.journeystudio.model.StagePath;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.model.TouchpointLink;

/**
 * The {@link SampleMaps#shop} journey with a branch: its "Receive" stage has two paths, "Home delivery" and
 * "Click &amp; collect", checkout branches to both, and a failed payment loops back to the cart.
 */
public final class BranchedMaps {
    public static final String HOME = "path-home";
    public static final String COLLECT = "path-collect";
    public static final String COLLECT_CARD = "tp-collect";

    private BranchedMaps() {
    }

    public static JourneyMap shop(String id) {
        JourneyMap shop = SampleMaps.shop(id);
        List<Stage> stages = shop.stages().stream().map(s -> !s.id().equals("st-receive") ? s
                : s.withPaths(List.of(new StagePath(HOME, "Home delivery"), new StagePath(COLLECT, "Click & collect"))))
                .toList();
        Touchpoint collect = Touchpoint.builder(COLLECT_CARD, "st-receive", SampleMaps.TOUCHPOINTS).order(1)
                .title("Collect at the shop").emotion(1).pathId(COLLECT).build();
        List<Touchpoint> touchpoints = new java.util.ArrayList<>();
        for (Touchpoint t : shop.touchpoints()) {
            touchpoints.add(switch (t.id()) {
                case "tp-pay" -> t.toBuilder().links(List.of(new TouchpointLink("tp-deliver", LinkKind.BRANCH),
                        new TouchpointLink(COLLECT_CARD, LinkKind.BRANCH),
                        new TouchpointLink("tp-cart", LinkKind.LOOP_BACK))).build();
                case "tp-deliver" -> t.onPath(HOME);
                case "tp-search" -> t.toBuilder().links(List.of(new TouchpointLink("tp-reviews", LinkKind.NEXT)))
                        .build();
                default -> t;
            });
        }
        touchpoints.add(collect);
        return shop.withStages(stages).withTouchpoints(touchpoints);
    }
}
