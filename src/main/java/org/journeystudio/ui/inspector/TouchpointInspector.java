package org.journeystudio.ui.inspector;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.edit.command.AddOpportunity;
import org.journeystudio.edit.command.SetTouchpointOpportunities;
import org.journeystudio.edit.command.TouchpointField;
import org.journeystudio.editing.FieldEdits;
import org.journeystudio.editing.LastChanges;
import org.journeystudio.editing.RatingInput;
import org.journeystudio.editing.TouchpointEdits;
import org.journeystudio.i18n.Messages;
import org.journeystudio.layout.ModelWords;
import org.journeystudio.model.Channel;
import org.journeystudio.model.ChannelKind;
import org.journeystudio.model.Emotion;
import org.journeystudio.model.Evidence;
import org.journeystudio.model.ExperienceComponent;
import org.journeystudio.model.Ids;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Opportunity;
import org.journeystudio.model.RatingScale;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.ui.Views;
import org.journeystudio.usecase.SharedLibrary;

/**
 * Edits the selected cards. One card shows every field; several cards show the fields they can share (channel,
 * owner, emotion, components, ratings, evidence), blank where they differ, and an edit applies to all of them
 * as one undo step.
 */
final class TouchpointInspector {
    /** Where a field keeps its own prompt while it says "Mixed". */
    private static final String PROMPT = "inspector.prompt";
    @FXML private VBox touchpointInspector;
    @FXML private Label selectionHeading;
    @FXML private VBox titleBox;
    @FXML private VBox descriptionBox;
    @FXML private TextField titleField;
    @FXML private TextArea descriptionArea;
    @FXML private ChoiceBox<ChannelKind> channelKind;
    @FXML private TextField channelDetail;
    @FXML private TextField ownerField;
    @FXML private HBox evidenceButtons;
    @FXML private Label changedBy;
    @FXML private InlineMessage cardMessage;
    @FXML private Label emotionWord;
    @FXML private HBox emotionHost;
    @FXML private TextField emotionLabelField;
    @FXML private CheckBox emotionalCheck;
    @FXML private CheckBox functionalCheck;
    @FXML private CheckBox accessibleCheck;
    @FXML private InlineMessage emotionMessage;
    @FXML private TitledPane expectationsPane;
    @FXML private TitledPane painPointsPane;
    @FXML private TitledPane opportunitiesPane;
    @FXML private VBox expectationsHost;
    @FXML private VBox painPointsHost;
    @FXML private VBox opportunitiesHost;
    @FXML private TextField expectedScoreField;
    @FXML private Label scaleHint;
    @FXML private InlineMessage ratingsMessage;
    @FXML private VBox satisfactionHost;

    private final FieldEdits edits;
    /** Where a shared pain point's other uses are found when it is removed. */
    private final Supplier<Optional<SharedLibrary>> sharedLibrary;
    private final Parent view;
    private final List<CommittedText> texts = new ArrayList<>();
    private final List<ToggleButton> evidence = new ArrayList<>();
    private EmotionPicker emotion;
    private ExpectationList expectations;
    private PainPointList painPoints;
    private OpportunityList opportunities;
    private SatisfactionRatings satisfaction;
    private BlueprintFields blueprint;
    private PathFields paths;
    private ImageFields image;
    private List<String> ids = List.of();
    private final LastChanges lastChanges;

    TouchpointInspector(FieldEdits edits, LastChanges lastChanges, Supplier<Optional<SharedLibrary>> sharedLibrary) {
        this.edits = edits;
        this.sharedLibrary = sharedLibrary;
        this.lastChanges = lastChanges;
        this.view = Views.load(this);
        // Others' saves and this studio's own arrive after the map changed: the line follows them.
        lastChanges.addListener(this::showChangedBy);
    }

    /** Who changed the one selected card last ("changed by Ana, 5 Dec 10:02"); hidden for several or unknown. */
    private void showChangedBy() {
        String line = ids.size() == 1 ? lastChanges.ofTouchpoint(ids.get(0)) : "";
        changedBy.setText(line);
        changedBy.setVisible(!line.isEmpty());
    }

    @FXML
    private void initialize() {
        text(titleField, cardMessage, t -> set(TouchpointField.TITLE, t));
        text(descriptionArea, cardMessage, t -> set(TouchpointField.DESCRIPTION, t));
        text(channelDetail, cardMessage, t -> change(TouchpointField.CHANNEL, c -> new Channel(c.kind(), t)));
        text(ownerField, cardMessage, t -> set(TouchpointField.OWNER, t));
        text(emotionLabelField, emotionMessage, t -> change(TouchpointField.EMOTION, e -> new Emotion(e.score(), t)));
        text(expectedScoreField, ratingsMessage, t -> set(TouchpointField.EXPECTED_SCORE,
                RatingInput.parse(t, edits.map().scale(), Messages.text("inspector.expectedScoreField")))).onEnterOnly();

        channelKind.getItems().setAll(ChannelKind.values());
        channelKind.setConverter(new StringConverter<>() {
            @Override
            public String toString(ChannelKind kind) {
                return kind == null ? "" : ModelWords.channel(kind);
            }

            @Override
            public ChannelKind fromString(String text) {
                return ChannelKind.valueOf(text);
            }
        });
        channelKind.setOnAction(e -> {
            ChannelKind kind = channelKind.getValue();
            if (kind != null && !edits.refreshing()) {
                step(change(TouchpointField.CHANNEL, c -> new Channel(kind, c.detail())), cardMessage);
            }
        });
        buildEvidenceButtons();

        emotion = new EmotionPicker(score ->
                step(change(TouchpointField.EMOTION, e -> new Emotion(score, e.label())), emotionMessage));
        emotionHost.getChildren().add(emotion.view());
        component(emotionalCheck, ExperienceComponent.EMOTIONAL);
        component(functionalCheck, ExperienceComponent.FUNCTIONAL);
        component(accessibleCheck, ExperienceComponent.ACCESSIBLE);

        expectations = new ExpectationList(edits, edit -> change(TouchpointField.EXPECTATIONS, edit));
        painPoints = new PainPointList(edits, edit -> change(TouchpointField.PAIN_POINTS, edit),
                index -> AddOpportunity.fromPainPoint(edits.map(), ids.iterator().next(), index, Ids.next("opp")));
        opportunities = new OpportunityList(edits, edit -> {
            String card = ids.iterator().next();
            return SetTouchpointOpportunities.of(edits.map(), card,
                    edit.apply(SetTouchpointOpportunities.current(edits.map(), card)));
        });
        expectationsHost.getChildren().add(expectations.view());
        painPoints.sharedThrough(sharedLibrary);
        opportunities.sharedThrough(sharedLibrary);
        painPointsHost.getChildren().add(painPoints.view());
        opportunitiesHost.getChildren().add(opportunities.view());
        satisfaction = new SatisfactionRatings(edits, (segmentId, rating) ->
                edits.ratingOrigins().typedByHand(() ->
                        step(set(TouchpointField.satisfaction(segmentId), rating), ratingsMessage)));
        satisfactionHost.getChildren().add(satisfaction.view());
        for (VBox box : List.of(titleBox, descriptionBox)) {
            box.managedProperty().bind(box.visibleProperty());
        }
        for (TitledPane pane : List.of(expectationsPane, painPointsPane, opportunitiesPane)) {
            pane.managedProperty().bind(pane.visibleProperty());
        }
        blueprint = new BlueprintFields(edits, () -> ids);
        image = new ImageFields(edits, () -> ids);
        paths = new PathFields(edits, () -> ids);
        touchpointInspector.getChildren().addAll(image.view(), paths.view(), blueprint.view());
    }

    Parent view() {
        return view;
    }

    /** Shows these cards (all present in the map) from now on. */
    void show(List<String> touchpointIds, JourneyMap map) {
        if (!touchpointIds.equals(ids)) {
            texts.forEach(CommittedText::forget);
            List.of(expectations, painPoints, opportunities).forEach(ItemList::forget);
            List.of(cardMessage, emotionMessage, ratingsMessage).forEach(InlineMessage::clear);
            blueprint.forget();
            paths.forget();
            image.forget();
        }
        ids = List.copyOf(touchpointIds);
        refresh(map);
        showChangedBy();
    }

    void refresh(JourneyMap map) {
        List<Touchpoint> cards = ids.stream().map(id -> map.touchpoint(id).orElse(null))
                .filter(Objects::nonNull).toList();
        if (cards.isEmpty()) {
            return;
        }
        edits.refresh(() -> showCards(map, cards));
    }

    /** Applies what is being typed before the selection or the panel changes. */
    void commitPending() {
        texts.forEach(CommittedText::commit);
        if (expectations != null) {
            expectations.commitPending();
            painPoints.commitPending();
            opportunities.commitPending();
            blueprint.commitPending();
        }
    }

    private void showCards(JourneyMap map, List<Touchpoint> cards) {
        boolean single = cards.size() == 1;
        Touchpoint first = cards.get(0);
        selectionHeading.setText(single
                ? map.stage(first.stageId()).map(s -> Messages.text("inspector.touchpointInStage", s.name()))
                        .orElse(Messages.text("inspector.touchpointInNoStage"))
                : Messages.text("inspector.touchpointsSelected", cards.size()));
        titleBox.setVisible(single);
        descriptionBox.setVisible(single);
        expectationsPane.setVisible(single);
        painPointsPane.setVisible(single);
        opportunitiesPane.setVisible(single);

        committed(titleField).show(first.title());
        committed(descriptionArea).show(first.description());
        Channel channel = TouchpointEdits.shared(cards, TouchpointField.CHANNEL);
        ChannelKind kind = cards.stream().map(tp -> tp.channel().kind()).distinct().count() == 1
                ? first.channel().kind() : null;
        channelKind.setValue(kind);
        showShared(channelDetail, channel == null ? null : channel.detail());
        showShared(ownerField, TouchpointEdits.shared(cards, TouchpointField.OWNER));
        Evidence sharedEvidence = TouchpointEdits.shared(cards, TouchpointField.EVIDENCE);
        for (ToggleButton button : evidence) {
            button.setSelected(button.getUserData() == sharedEvidence);
        }

        Emotion sharedEmotion = TouchpointEdits.shared(cards, TouchpointField.EMOTION);
        Integer score = cards.stream().map(tp -> tp.emotion().score()).distinct().count() == 1
                ? first.emotion().score() : null;
        emotion.show(score);
        emotionWord.setText(score == null ? Messages.text("inspector.mixed") : EmotionPicker.signed(score) + "  "
                + (sharedEmotion != null ? ModelWords.emotion(sharedEmotion) : ModelWords.emotion(score)));
        emotionWord.getStyleClass().removeIf(InspectorStyles::isEmotionScore);
        if (score != null) {
            emotionWord.getStyleClass().add(EmotionPicker.styleClass(score));
        }
        showShared(emotionLabelField, sharedEmotion == null ? null : sharedEmotion.label());
        showComponent(emotionalCheck, cards, ExperienceComponent.EMOTIONAL);
        showComponent(functionalCheck, cards, ExperienceComponent.FUNCTIONAL);
        showComponent(accessibleCheck, cards, ExperienceComponent.ACCESSIBLE);

        if (single) {
            expectations.show(first.expectations());
            painPoints.show(first.painPoints());
            List<Opportunity> own = SetTouchpointOpportunities.current(map, first.id());
            opportunities.show(own);
            expectationsPane.setText(counted("inspector.expectations", first.expectations().size()));
            painPointsPane.setText(counted("inspector.painPoints", first.painPoints().size()));
            opportunitiesPane.setText(counted("inspector.opportunities", own.size()));
        }
        RatingScale scale = map.scale();
        scaleHint.setText(Messages.text("inspector.scaleHint", scale.min(), scale.max()));
        boolean sameExpected = TouchpointEdits.allEqual(cards, TouchpointField.EXPECTED_SCORE);
        Double expected = first.expectedScore();
        showShared(expectedScoreField, !sameExpected ? null
                : expected == null ? "" : RatingInput.format(expected));
        satisfaction.show(map.segments(), scale, cards);
        blueprint.show(map, cards);
        paths.show(map, cards);
        image.show(cards);
    }

    /** Shows a value the cards share; null (they differ) shows an empty field that says so. */
    private void showShared(TextInputControl field, String value) {
        committed(field).show(value == null ? "" : value);
        field.setPromptText(value == null ? Messages.text("inspector.mixed") : promptOf(field));
    }

    private String promptOf(TextInputControl field) {
        return (String) field.getProperties().get(PROMPT);
    }

    private void buildEvidenceButtons() {
        Evidence[] kinds = Evidence.values();
        for (int i = 0; i < kinds.length; i++) {
            Evidence kind = kinds[i];
            ToggleButton button = EvidenceChoice.toggle(kind, i);
            button.setId("evidence" + EvidenceChoice.label(kind));
            button.setUserData(kind);
            button.setOnAction(e -> {
                step(set(TouchpointField.EVIDENCE, kind), cardMessage);
                refresh(edits.map()); // clicking the chosen kind again must not leave it unpressed
            });
            evidence.add(button);
            evidenceButtons.getChildren().add(button);
        }
        EvidenceChoice.wordsWhenTheyFit(evidenceButtons);
    }

    private void component(CheckBox box, ExperienceComponent component) {
        box.setOnAction(e -> {
            boolean on = box.isSelected();
            step(change(TouchpointField.COMPONENTS, set -> {
                Set<ExperienceComponent> changed = set.isEmpty()
                        ? EnumSet.noneOf(ExperienceComponent.class) : EnumSet.copyOf(set);
                if (on) {
                    changed.add(component);
                } else {
                    changed.remove(component);
                }
                return Set.copyOf(changed);
            }), emotionMessage);
        });
    }

    private static void showComponent(CheckBox box, List<Touchpoint> cards, ExperienceComponent component) {
        long having = cards.stream().filter(tp -> tp.components().contains(component)).count();
        box.setIndeterminate(having > 0 && having < cards.size());
        box.setSelected(having == cards.size());
    }

    /** A pane's title, with its count when it holds something. */
    private static String counted(String titleKey, int count) {
        return count == 0 ? Messages.text(titleKey) : Messages.text("inspector.counted", Messages.text(titleKey), count);
    }

    private CommittedText text(TextInputControl field, InlineMessage message, Function<String, MapCommand> toCommand) {
        CommittedText committed = new CommittedText(field, edits, toCommand, message);
        field.getProperties().put(CommittedText.class, committed);
        field.getProperties().put(PROMPT, field.getPromptText());
        texts.add(committed);
        return committed;
    }

    private static CommittedText committed(TextInputControl field) {
        return (CommittedText) field.getProperties().get(CommittedText.class);
    }

    private <T> MapCommand set(TouchpointField<T> field, T value) {
        return TouchpointEdits.set(edits.map(), ids, field, value);
    }

    private <T> MapCommand change(TouchpointField<T> field, UnaryOperator<T> change) {
        return TouchpointEdits.change(edits.map(), ids, field, change);
    }

    private void step(MapCommand command, InlineMessage message) {
        edits.step(command, message);
    }
}
