package nl.royaal.ui.kiosk;

import java.util.UUID;
import java.util.function.IntConsumer;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.royaal.domain.RoundStatus;
import nl.royaal.domain.ScoreDimension;
import nl.royaal.i18n.I18n;
import nl.royaal.service.live.PhoneView;
import nl.royaal.service.live.RoundKind;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The kiosk on the laptop: one person at a time answers the open round with large controls, then
 * hands the laptop on. Built from the same view a phone gets, so both ask exactly the same.
 */
public final class KioskPane extends VBox {

    private final KioskViewModel viewModel;
    private final VBox body = new VBox(14);
    private final Label feedback = new Label();
    private final ScrollPane scroll = new ScrollPane(body);
    /** The element last shown: an answer in the same round keeps the scroll position (+ many times far down). */
    private UUID shownElement;
    /** The scroll position the participant chose, not the one a rebuild passes through. */
    private double chosenScroll;
    private boolean building;

    /** @param onLeave back to the facilitator's console */
    public KioskPane(KioskViewModel viewModel, Runnable onLeave) {
        super(16);
        this.viewModel = viewModel;
        getStyleClass().add("kiosk");
        setId("kioskPane");
        I18n i18n = viewModel.i18n();
        Label title = new Label(i18n.t("kiosk.heading"));
        title.getStyleClass().add("title-1");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button leave = new Button(i18n.t("kiosk.leave"), new FontIcon("mdi2a-arrow-left"));
        leave.getStyleClass().add("flat");
        leave.setId("leaveKioskButton");
        leave.setOnAction(event -> onLeave.run());
        HBox header = new HBox(12, title, spacer, leave);
        header.setAlignment(Pos.CENTER_LEFT);
        feedback.getStyleClass().add("kiosk-feedback");
        feedback.setId("kioskFeedback");
        feedback.textProperty().bind(viewModel.feedbackProperty());
        scroll.setFitToWidth(true);
        scroll.vvalueProperty().addListener((obs, old, now) -> {
            if (!building) {
                chosenScroll = now.doubleValue();
            }
        });
        scroll.getStyleClass().add("kiosk-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(header, scroll, feedback);
        viewModel.viewProperty().addListener((obs, old, view) -> render());
        render();
    }

    private void render() {
        PhoneView view = viewModel.viewProperty().get();
        UUID element = view == null ? null : view.elementId();
        double keep = element != null && element.equals(shownElement) ? chosenScroll : 0;
        shownElement = element;
        building = true;
        build(view);
        // The rebuilt content is laid out in the next pulse; only then does the old position fit again.
        Platform.runLater(() -> {
            scroll.applyCss();
            scroll.layout();
            scroll.setVvalue(keep);
            building = false;
        });
    }

    private void build(PhoneView view) {
        I18n i18n = viewModel.i18n();
        body.getChildren().clear();
        if (!viewModel.inTurn() || view == null) {
            Label explain = new Label(i18n.t("kiosk.explain"));
            explain.setWrapText(true);
            explain.getStyleClass().add("kiosk-text");
            Button start = new Button(i18n.t("kiosk.start"), new FontIcon("mdi2h-hand-pointing-right"));
            start.getStyleClass().addAll("accent", "kiosk-big");
            start.setId("kioskStartButton");
            start.setOnAction(event -> viewModel.startTurn());
            body.getChildren().addAll(explain, start);
            return;
        }
        Label element = new Label(view.elementTitle() == null ? "" : view.elementTitle());
        element.getStyleClass().add("title-2");
        Label prompt = new Label(i18n.t(view.promptKey()));
        prompt.setWrapText(true);
        prompt.getStyleClass().add("kiosk-text");
        body.getChildren().addAll(element, prompt);
        boolean open = view.status() == RoundStatus.OPEN && view.round() != RoundKind.WAIT;
        if (view.status() == RoundStatus.CLOSED) {
            body.getChildren().add(new Label(i18n.t("phone.closed")));
        }
        switch (view.round()) {
            case SCORES -> view.scores().forEach(item -> body.getChildren().add(scoreRow(item, open, i18n)));
            case SELF_IMAGE -> view.selfImage().forEach(item -> body.getChildren().add(
                    gradeRow(i18n.t(item.labelKey()), item.score(), open,
                            grade -> viewModel.selfImage(item.question(), grade))));
            case TEXT -> body.getChildren().add(textBox(view.text() == null ? "" : view.text().text(), open,
                    viewModel::text, i18n));
            case PROPOSALS -> view.proposals().forEach(item -> {
                Label field = new Label(i18n.t(item.labelKey()));
                field.getStyleClass().add("card-title");
                body.getChildren().addAll(field, textBox(item.text() == null ? "" : item.text(), open,
                        text -> viewModel.proposal(item.field(), text), i18n));
            });
            case VOTES -> {
                if (view.votes() != null) {
                    votes(view.votes(), open, i18n);
                }
            }
            case RATINGS -> view.ratings().forEach(item -> body.getChildren().add(
                    gradeRow(item.title(), item.score(), open, grade -> viewModel.rating(item.elementId(), grade))));
            case WAIT -> body.getChildren().add(new Label(i18n.t("phone.wait.text")));
        }
        Button done = new Button(i18n.t("kiosk.done"), new FontIcon("mdi2c-check-bold"));
        done.getStyleClass().addAll("accent", "kiosk-big");
        done.setId("kioskDoneButton");
        done.setOnAction(event -> viewModel.endTurn());
        body.getChildren().add(done);
    }

    /**
     * One dot per proposal: a toggle per proposal, as always. More allowed: each proposal with its
     * count between big − and + buttons; − is off at none, + at the most per proposal or when every
     * dot is placed.
     */
    private void votes(PhoneView.Votes votes, boolean open, I18n i18n) {
        Label left = new Label(i18n.t("phone.votes.left", votes.left(), votes.budget()));
        left.setId("kioskDotsLeft");
        left.getStyleClass().add("kiosk-text");
        body.getChildren().add(left);
        if (votes.stacking()) {
            body.getChildren().add(new Label(i18n.t("phone.votes.maxNote", votes.maxPerProposal())));
        }
        for (PhoneView.VoteOption option : votes.options()) {
            if (!votes.stacking()) {
                ToggleButton vote = new ToggleButton(option.text(), new FontIcon("mdi2c-circle-medium"));
                vote.setSelected(option.voted());
                vote.setWrapText(true);
                vote.setMaxWidth(Double.MAX_VALUE);
                vote.setDisable(!open);
                vote.setOnAction(event -> viewModel.vote(option.proposalId(), vote.isSelected()));
                body.getChildren().add(vote);
                continue;
            }
            Label text = new Label(option.text());
            text.setWrapText(true);
            text.getStyleClass().add("kiosk-text");
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMaxWidth(Double.MAX_VALUE);
            Button less = new Button("", new FontIcon("mdi2m-minus"));
            less.getStyleClass().addAll("kiosk-big", "kiosk-dot-less");
            less.setAccessibleText(i18n.t("phone.votes.remove"));
            less.setDisable(!open || option.dots() == 0);
            less.setOnAction(event -> viewModel.dots(option.proposalId(), option.dots() - 1));
            Label count = new Label(String.valueOf(option.dots()));
            count.getStyleClass().addAll("kiosk-grade", "kiosk-dot-count");
            count.setAccessibleText(i18n.t("phone.votes.count", option.dots()));
            Button more = new Button("", new FontIcon("mdi2p-plus"));
            more.getStyleClass().addAll("accent", "kiosk-big", "kiosk-dot-more");
            more.setAccessibleText(i18n.t("phone.votes.add"));
            more.setDisable(!open || !votes.canAdd(option));
            more.setOnAction(event -> viewModel.dots(option.proposalId(), option.dots() + 1));
            HBox row = new HBox(12, text, less, count, more);
            row.getStyleClass().add("kiosk-dot-row");
            row.setAlignment(Pos.CENTER_LEFT);
            body.getChildren().add(row);
        }
    }

    private VBox scoreRow(PhoneView.ScoreItem item, boolean open, I18n i18n) {
        Label name = new Label(item.name());
        name.getStyleClass().add("card-title");
        return new VBox(4, name,
                gradeRow(i18n.t("phone.scores.expectation"), item.expectation(), open,
                        grade -> viewModel.score(item.touchpointId(), ScoreDimension.EXPECTATION, grade)),
                gradeRow(i18n.t("phone.scores.experience"), item.experience(), open,
                        grade -> viewModel.score(item.touchpointId(), ScoreDimension.EXPERIENCE, grade)));
    }

    /** A 1–10 slider; the grade is sent when the slider is let go, not on every step of a drag. */
    private static HBox gradeRow(String label, Integer current, boolean open, IntConsumer send) {
        Label name = new Label(label);
        name.setMinWidth(220);
        name.setWrapText(true);
        Slider slider = new Slider(1, 10, current == null ? 5.5 : current);
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setSnapToTicks(true);
        slider.setShowTickLabels(true);
        slider.setShowTickMarks(true);
        slider.setDisable(!open);
        HBox.setHgrow(slider, Priority.ALWAYS);
        Label value = new Label(current == null ? "–" : String.valueOf(current));
        value.getStyleClass().add("kiosk-grade");
        slider.valueChangingProperty().addListener((obs, was, changing) -> {
            if (!changing) {
                send.accept((int) Math.round(slider.getValue()));
            }
        });
        slider.setOnMouseReleased(event -> {
            value.setText(String.valueOf((int) Math.round(slider.getValue())));
            send.accept((int) Math.round(slider.getValue()));
        });
        slider.valueProperty().addListener((obs, old, now) -> value.setText(String.valueOf(Math.round(now.doubleValue()))));
        HBox row = new HBox(12, name, slider, value);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static VBox textBox(String current, boolean open, java.util.function.Consumer<String> send, I18n i18n) {
        TextArea text = new TextArea(current);
        text.setWrapText(true);
        text.setPrefRowCount(4);
        text.setEditable(open);
        text.setId("kioskText");
        Button submit = new Button(i18n.t("phone.send"), new FontIcon("mdi2s-send"));
        submit.setDisable(!open);
        submit.setId("kioskSendButton");
        submit.setOnAction(event -> send.accept(text.getText()));
        return new VBox(6, text, submit);
    }
}
