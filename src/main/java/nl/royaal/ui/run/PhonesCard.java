package nl.royaal.ui.run;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.royaal.domain.Participant;
import nl.royaal.i18n.I18n;
import nl.royaal.service.live.ParticipantService;
import nl.royaal.ui.common.FxControls;
import nl.royaal.ui.common.QrView;
import org.kordamp.ikonli.javafx.FontIcon;

/** The phones card of the run screen: code, address, QR, count, network, and the joining controls. */
final class PhonesCard extends VBox {

    PhonesCard(PhonesViewModel viewModel, I18n i18n) {
        super(8);
        getStyleClass().addAll("card", "phones-card");
        setId("phonesCard");

        Label heading = new Label(i18n.t("phones.heading"));
        heading.getStyleClass().add("card-title");
        Label joined = new Label();
        joined.getStyleClass().add("pill");
        joined.setId("phonesJoined");
        joined.textProperty().bind(viewModel.joinedProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, heading, spacer, joined);
        header.setAlignment(Pos.CENTER_LEFT);

        QrView qr = new QrView(96);
        qr.show(viewModel.qrProperty().get());
        Label code = new Label();
        code.getStyleClass().add("join-code");
        code.setId("joinCode");
        code.textProperty().bind(viewModel.joinCodeProperty());
        Label address = new Label();
        address.getStyleClass().add("join-address");
        address.setId("joinAddress");
        address.textProperty().bind(viewModel.joinAddressProperty());
        address.setWrapText(true);
        Label servedOn = new Label();
        servedOn.getStyleClass().add("hint");
        servedOn.textProperty().bind(viewModel.servedOnProperty());
        servedOn.setWrapText(true);
        VBox where = new VBox(2, code, address, servedOn);
        HBox join = new HBox(10, qr, where);
        join.setAlignment(Pos.CENTER_LEFT);

        Label warning = new Label();
        warning.getStyleClass().add("field-error");
        warning.setId("phonesWarning");
        warning.setWrapText(true);
        warning.textProperty().bind(viewModel.warningProperty());
        FxControls.showOnlyWithText(warning);

        ToggleButton lock = new ToggleButton(i18n.t("phones.lock"), new FontIcon("mdi2l-lock-outline"));
        lock.setId("lockJoiningButton");
        lock.setFocusTraversable(false);
        lock.setSelected(viewModel.lockedProperty().get());
        viewModel.lockedProperty().addListener((obs, old, now) -> lock.setSelected(now));
        lock.setOnAction(event -> viewModel.toggleLock());
        lock.setTooltip(new Tooltip(i18n.t("phones.lock.tooltip")));
        lock.setMinWidth(Region.USE_PREF_SIZE);
        Spinner<Integer> cap = new Spinner<>();
        cap.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1,
                ParticipantService.MAX_PARTICIPANT_CAP, viewModel.capProperty().get(), 10));
        cap.getValueFactory().valueProperty().bindBidirectional(viewModel.capProperty());
        cap.setEditable(true);
        cap.setPrefWidth(96);
        cap.setFocusTraversable(false);
        cap.setId("participantCap");
        cap.setTooltip(new Tooltip(i18n.t("phones.cap.tooltip")));
        Label capLabel = new Label(i18n.t("phones.cap"));
        capLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox controls = new HBox(8, lock, new Region(), capLabel, cap);
        HBox.setHgrow(controls.getChildren().get(1), Priority.ALWAYS);
        controls.setAlignment(Pos.CENTER_LEFT);

        ListView<Participant> people = new ListView<>(viewModel.participants());
        people.setId("phoneParticipants");
        people.setPrefHeight(110);
        people.setFocusTraversable(false);
        people.setPlaceholder(new Label(i18n.t("phones.nobodyYet")));
        people.setCellFactory(list -> new ListCell<>() {
            private final Button remove = new Button(null, new FontIcon("mdi2a-account-remove-outline"));

            {
                remove.getStyleClass().addAll("flat", "destructive");
                remove.setTooltip(new Tooltip(i18n.t("phones.remove.title")));
                remove.setFocusTraversable(false);
            }

            @Override
            protected void updateItem(Participant participant, boolean empty) {
                super.updateItem(participant, empty);
                if (empty || participant == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                setText(viewModel.nameOf(participant));
                remove.setOnAction(event -> viewModel.remove(participant));
                setGraphic(remove);
                setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
            }
        });
        VBox.setVgrow(people, Priority.ALWAYS);
        getChildren().addAll(header, join, warning, controls, people);
    }
}
