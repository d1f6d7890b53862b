package org.journeystudio.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.journeystudio.model.Channel;
import org.journeystudio.model.ChannelKind;
import org.journeystudio.model.Evidence;
import org.journeystudio.model.Opportunity;
import org.journeystudio.model.PainPoint;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Touchpoint;

/** The text of {@link MapBuilder#withDetails}: realistic-looking stage names and card contents from a seed. */
final class CardDetails {
    private static final String[] VERBS = {"Compare", "Check", "Open", "Read", "Confirm", "Update", "Track", "Ask about",
        "Choose", "Pay for", "Return", "Review", "Book", "Cancel", "Share", "Download"};
    private static final String[] THINGS = {"the offer", "delivery options", "the invoice", "a reminder email",
        "the product page", "opening hours", "the parcel", "a support ticket", "loyalty points", "the contract",
        "the mobile app", "a voucher", "the account settings", "store stock", "the refund", "a chat message"};
    private static final String[] PAINS = {"Takes far too long to load on a phone", "Asks for the same details twice",
        "The wording is confusing", "Nobody answers for hours", "Fees only appear at the very end",
        "The link in the email is broken", "Hard to find without the search box", "The status page is out of date"};
    private static final String[] IDEAS = {"Remember what the customer already entered", "Show the total price up front",
        "Offer a call-back instead of a queue", "Send a short status update by text message",
        "Put the answer on the page where the question arises", "Let customers pick a delivery slot"};
    private static final String[] EXPECTATIONS = {"Quick and simple", "A clear price", "Help when I need it",
        "Works on my phone", "No surprises later", "Speaks my language"};

    private CardDetails() {
    }

    /** What stage {@code index} is about. */
    static String subject(int index) {
        return THINGS[index % THINGS.length];
    }

    /**
     * Fills a card's text, channel, emotion, notes, evidence and ratings from {@code random}; its opportunity, if
     * it gets one, goes to {@code opportunities}.
     */
    static Touchpoint.Builder fill(Touchpoint.Builder card, Random random, List<Segment> segments,
                                   List<Opportunity> opportunities) {
        String id = card.build().id();
        return card.title(VERBS[random.nextInt(VERBS.length)] + " " + THINGS[random.nextInt(THINGS.length)])
                .channel(new Channel(ChannelKind.values()[random.nextInt(ChannelKind.values().length)], ""))
                .owner("Team " + (char) ('A' + random.nextInt(6)))
                .emotion(random.nextInt(5) - 2)
                .expectations(List.of(EXPECTATIONS[random.nextInt(EXPECTATIONS.length)]))
                .painPoints(random.nextInt(4) == 0 ? List.of()
                        : List.of(new PainPoint(PAINS[random.nextInt(PAINS.length)], 1 + random.nextInt(3))))
                .opportunityIds(random.nextInt(3) == 0 ? List.of()
                        : List.of(idea(opportunities, Opportunity.idea("opp-" + id, IDEAS[random.nextInt(IDEAS.length)],
                                null))))
                .satisfaction(ratings(random, segments))
                .evidence(Evidence.values()[random.nextInt(3)]);
    }

    private static String idea(List<Opportunity> into, Opportunity idea) {
        into.add(idea);
        return idea.id();
    }

    private static Map<String, Double> ratings(Random random, List<Segment> segments) {
        Map<String, Double> ratings = new LinkedHashMap<>();
        for (Segment segment : segments) {
            if (random.nextInt(10) > 0) {
                ratings.put(segment.id(), Math.round((1 + 4 * random.nextDouble()) * 10) / 10.0);
            }
        }
        return ratings;
    }
}
