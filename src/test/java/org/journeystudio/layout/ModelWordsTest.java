package org.journeystudio.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.journeystudio.i18n.Language;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.Blueprint;
import org.journeystudio.model.Channel;
import org.journeystudio.model.ChannelKind;
import org.journeystudio.model.Emotion;
import org.journeystudio.model.Evidence;
import org.journeystudio.model.LaneKind;
import org.journeystudio.model.LaneRole;
import org.journeystudio.model.LinkKind;
import org.journeystudio.model.OpportunityStatus;
import org.journeystudio.testing.FastTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** The model's kinds as screens name them: a word for every value in every language, read back in either. */
@FastTest
// The language is one setting for the whole JVM: no other test may run while this one switches it.
@Isolated
class ModelWordsTest {
    private final Language before = Messages.language();

    @AfterEach
    void restore() {
        Messages.use(before);
    }

    @Test
    void everyValueOfEveryKindHasItsOwnWordInEveryLanguage() {
        for (Language language : Language.offered()) {
            Messages.use(language);
            List<String> words = new ArrayList<>();
            for (ChannelKind kind : ChannelKind.values()) {
                words.add(ModelWords.channel(kind));
            }
            for (LaneKind kind : LaneKind.values()) {
                words.add(ModelWords.lane(kind));
            }
            for (LaneRole role : LaneRole.values()) {
                words.add(ModelWords.role(role));
            }
            for (LinkKind kind : LinkKind.values()) {
                words.add(ModelWords.link(kind));
            }
            for (OpportunityStatus status : OpportunityStatus.values()) {
                words.add(ModelWords.status(status));
            }
            for (Evidence evidence : Evidence.values()) {
                words.add(ModelWords.evidence(evidence));
            }
            for (int score = Emotion.MIN; score <= Emotion.MAX; score++) {
                words.add(ModelWords.emotion(score));
            }
            for (Blueprint.Line line : Blueprint.Line.values()) {
                words.add(ModelWords.line(line));
            }
            for (ValueEffortMatrix.Quadrant quadrant : ValueEffortMatrix.Quadrant.values()) {
                words.add(ModelWords.quadrant(quadrant));
            }
            assertThat(words).as("words in %s", language).allSatisfy(w -> assertThat(w).isNotBlank()
                    .doesNotStartWith("["));
        }
        Messages.use(Language.ENGLISH);
        assertThat(ModelWords.status(OpportunityStatus.IN_PROGRESS))
                .isEqualTo(OpportunityStatus.IN_PROGRESS.displayName());
        assertThat(ModelWords.lane(LaneKind.PAIN_POINTS)).isEqualTo(LaneKind.PAIN_POINTS.displayName());
    }

    @Test
    void wordsFollowTheLanguageAndAStatusReadsBackInItOrInEnglish() {
        Messages.use(Language.GERMAN);
        assertThat(ModelWords.status(OpportunityStatus.IN_PROGRESS)).isEqualTo("In Arbeit");
        assertThat(ModelWords.statusNamed(" in arbeit ")).isEqualTo(OpportunityStatus.IN_PROGRESS);
        assertThat(ModelWords.statusNamed("Planned")).isEqualTo(OpportunityStatus.PLANNED);
        assertThat(ModelWords.statusNamed("Vielleicht")).isNull();
        assertThat(ModelWords.channel(Channel.of(ChannelKind.STORE))).isEqualTo("Filiale");
        assertThat(ModelWords.channel(new Channel(ChannelKind.STORE, "Kiosk"))).as("the user's own word stays")
                .isEqualTo("Kiosk");
        assertThat(ModelWords.emotion(Emotion.of(-2))).isEqualTo("Frustriert");
        assertThat(ModelWords.emotion(new Emotion(1, "Neugierig"))).isEqualTo("Neugierig");
        Messages.use(Language.SPANISH);
        assertThat(ModelWords.line(Blueprint.Line.VISIBILITY)).isEqualTo("Línea de visibilidad");
        assertThat(ModelWords.quadrant(ValueEffortMatrix.Quadrant.QUICK_WINS)).isEqualTo("Victorias rápidas");
    }

    @Test
    void aCardsScreenReaderTextLeavesOutWhatTheCardLacks() {
        Messages.use(Language.ENGLISH);
        assertThat(Messages.text("canvas.cardAccessible", "Pay", "Buy", "Web", "Happy", "observed", 0, 0, 0))
                .isEqualTo("Touchpoint Pay, stage Buy, channel Web, emotion Happy, observed");
        assertThat(Messages.text("canvas.cardAccessible", "Pay", "Buy", "Web", "Happy", "observed", 1, 1, 3))
                .isEqualTo("Touchpoint Pay, stage Buy, channel Web, emotion Happy, observed, new in this scenario,"
                        + " 1 pain point, 3 opportunities");
        Messages.use(Language.GERMAN);
        assertThat(Messages.text("canvas.cardAccessible", "Zahlen", "Kauf", "Web", "Zufrieden", "beobachtet", 2, 2, 1))
                .isEqualTo("Kontaktpunkt Zahlen, Phase Kauf, Kanal Web, Emotion Zufrieden, beobachtet,"
                        + " geändert in diesem Szenario, 2 Pain Points, 1 Chance");
    }
}
