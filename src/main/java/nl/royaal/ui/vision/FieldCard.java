package nl.royaal.ui.vision;

import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.royaal.i18n.I18n;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One field of the vision canvas on the console: its proposals ranked by dots (adopt, hide, tick
 * for a merge) on the left, its final text (edit, store, take out; up to three for "all-in on")
 * on the right. Rebuilt from the view model's lists; holds no state of its own.
 */
final class FieldCard extends VBox {

    static final PseudoClass VOTING = PseudoClass.getPseudoClass("voting");

    private final VisionViewModel viewModel;
    private final VisionViewModel.FieldState field;
    private final I18n i18n;
    private final VBox proposals = new VBox();
    private final VBox adopted = new VBox();
    private final Label count = new Label();
    private final Button merge = new Button();

    FieldCard(VisionViewModel viewModel, VisionViewModel.FieldState field, ToggleGroup projected) {
        this.viewModel = viewModel;
        this.field = field;
        this.i18n = viewModel.consoleI18n();
        String name = field.field().name();
        setId("visionField-" + name);
        getStyleClass().add("vision-field");

        Label heading = new Label();
        heading.textProperty().bind(field.headingProperty());
        heading.getStyleClass().add("vision-field-heading");
        ToggleButton onProjector = new ToggleButton(i18n.t("vision.projected"), new FontIcon("mdi2p-projector"));
        onProjector.setId("visionProject-" + name);
        onProjector.getStyleClass().add("vision-project");
        onProjector.setToggleGroup(projected);
        onProjector.setTooltip(new Tooltip(i18n.t("vision.projected.tooltip")));
        onProjector.setSelected(viewModel.projectedProperty().get() == field.field());
        viewModel.projectedProperty().addListener((obs, old, now) -> onProjector.setSelected(now == field.field()));
        onProjector.setOnAction(event -> viewModel.project(field.field()));
        onProjector.visibleProperty().bind(viewModel.votingProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(heading, gap, onProjector);
        header.getStyleClass().add("vision-field-header");

        proposals.getStyleClass().add("vision-proposals");
        merge.setId("visionMerge-" + name);
        merge.setGraphic(new FontIcon("mdi2c-call-merge"));
        merge.setOnAction(event -> viewModel.merge(field.field()));
        VBox left = new VBox(proposals, merge);
        left.getStyleClass().add("vision-left");
        HBox.setHgrow(left, Priority.ALWAYS);

        VBox right = finalText(name);
        HBox body = new HBox(left, right);
        body.getStyleClass().add("vision-field-body");
        getChildren().addAll(header, body);

        field.rows().addListener((ListChangeListener<VisionViewModel.ProposalRow>) change -> showProposals());
        field.selected().addListener((ListChangeListener<java.util.UUID>) change -> showProposals());
        field.adopted().addListener((ListChangeListener<String>) change -> showAdopted());
        field.editingProperty().addListener((obs, old, now) -> showAdopted());
        showProposals();
        showAdopted();
    }

    private VBox finalText(String name) {
        Label title = new Label(i18n.t("vision.finalTextTitle"));
        title.getStyleClass().add("vision-final-title");
        count.getStyleClass().add("vision-count");
        count.setId("visionCount-" + name);
        HBox titleRow = new HBox(title, count);
        titleRow.getStyleClass().add("vision-final-title-row");

        adopted.getStyleClass().add("vision-adopted");
        TextArea draft = new TextArea();
        draft.setId("visionDraft-" + name);
        draft.setWrapText(true);
        draft.setPrefRowCount(2);
        draft.setPromptText(i18n.t(field.multiple() ? "vision.draft.promptChoice" : "vision.draft.prompt"));
        draft.textProperty().bindBidirectional(field.draftProperty());

        Button save = new Button(i18n.t("vision.save"), new FontIcon("mdi2c-check"));
        save.setId("visionSave-" + name);
        save.getStyleClass().add("accent");
        save.setOnAction(event -> viewModel.saveDraft(field.field()));
        if (field.multiple()) {
            save.textProperty().bind(field.editingProperty().map(index -> i18n.t(
                    index.intValue() < 0 ? "vision.add" : "vision.save")));
        }
        Button cancel = new Button(i18n.t("vision.cancel"));
        cancel.setId("visionCancel-" + name);
        cancel.setOnAction(event -> viewModel.cancelEdit(field.field()));
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(6, 6, save, cancel);
        buttons.getStyleClass().add("vision-buttons");
        if (!field.multiple()) {
            Button remove = new Button(i18n.t("vision.remove"), new FontIcon("mdi2c-close"));
            remove.setId("visionRemove-" + name);
            remove.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(field.adopted()));
            remove.setOnAction(event -> viewModel.removeChoice(field.field(), 0));
            buttons.getChildren().add(remove);
        }
        // Buttons keep their words and wrap to a second row rather than being cut to "Vastleg...".
        buttons.getChildren().forEach(button -> ((Region) button).setMinWidth(Region.USE_PREF_SIZE));
        VBox right = new VBox(titleRow, adopted, draft, buttons);
        right.getStyleClass().add("vision-right");
        return right;
    }

    private void showProposals() {
        proposals.getChildren().clear();
        if (field.rows().isEmpty()) {
            Label none = new Label(i18n.t("vision.noProposals"));
            none.getStyleClass().add("vision-none");
            proposals.getChildren().add(none);
        }
        for (VisionViewModel.ProposalRow row : field.rows()) {
            proposals.getChildren().add(proposalRow(row));
        }
        int ticked = field.selected().size();
        merge.setText(i18n.t("vision.merge", ticked));
        merge.setDisable(ticked < 2);
    }

    private HBox proposalRow(VisionViewModel.ProposalRow row) {
        Label dots = new Label(row.hidden() ? "–" : String.valueOf(row.dots()));
        dots.getStyleClass().add("vision-dots");
        dots.setTooltip(new Tooltip(viewModel.stackingProperty().get()
                ? i18n.t("vision.dots.tooltipStacked", row.dots(), row.voters())
                : i18n.t("vision.dots.tooltip", row.voters())));
        CheckBox pick = new CheckBox();
        pick.getStyleClass().add("vision-pick");
        pick.setSelected(field.selected().contains(row.id()));
        pick.setDisable(row.hidden());
        pick.setTooltip(new Tooltip(i18n.t("vision.pick.tooltip")));
        pick.setOnAction(event -> viewModel.select(row.id(), pick.isSelected()));
        Label text = new Label(row.text());
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.getStyleClass().add("vision-proposal-text");
        HBox.setHgrow(text, Priority.ALWAYS);
        Button adopt = new Button(i18n.t("vision.adopt"), new FontIcon("mdi2a-arrow-right-bold"));
        adopt.setMinWidth(Region.USE_PREF_SIZE);
        adopt.getStyleClass().add("vision-adopt");
        adopt.setDisable(row.hidden());
        adopt.setOnAction(event -> viewModel.adopt(row.id()));
        Button hide = new Button(null, new FontIcon(row.hidden() ? "mdi2e-eye" : "mdi2e-eye-off"));
        hide.getStyleClass().add(row.hidden() ? "vision-show" : "vision-hide");
        hide.setTooltip(new Tooltip(i18n.t(row.hidden() ? "vision.show" : "vision.hide")));
        hide.setOnAction(event -> viewModel.setHidden(row.id(), !row.hidden()));
        HBox line = new HBox(dots, pick, text, adopt, hide);
        line.getStyleClass().add("vision-proposal");
        if (row.hidden()) {
            line.getStyleClass().add("vision-proposal-hidden");
        } else if (row.rank() == 1 && row.dots() > 0) {
            line.getStyleClass().add("vision-proposal-top");
        }
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private void showAdopted() {
        adopted.getChildren().clear();
        count.setText(field.multiple() ? i18n.t("vision.allInOn.count", field.adopted().size(), field.capacity())
                : "");
        if (!field.multiple()) {
            return; // a one-text field is edited in place in the editor below
        }
        for (int i = 0; i < field.adopted().size(); i++) {
            int index = i;
            Label text = new Label((i + 1) + ". " + field.adopted().get(i));
            text.setWrapText(true);
            text.setMaxWidth(Double.MAX_VALUE);
            text.setMinHeight(Region.USE_PREF_SIZE);
            HBox.setHgrow(text, Priority.ALWAYS);
            Button edit = new Button(null, new FontIcon("mdi2p-pencil"));
            edit.getStyleClass().add("vision-edit");
            edit.setTooltip(new Tooltip(i18n.t("vision.edit")));
            edit.setOnAction(event -> viewModel.editChoice(field.field(), index));
            Button remove = new Button(null, new FontIcon("mdi2c-close"));
            remove.getStyleClass().add("vision-remove-choice");
            remove.setTooltip(new Tooltip(i18n.t("vision.remove")));
            remove.setOnAction(event -> viewModel.removeChoice(field.field(), index));
            HBox line = new HBox(text, edit, remove);
            line.getStyleClass().add("vision-choice");
            if (field.editingProperty().get() == i) {
                line.getStyleClass().add("vision-choice-editing");
            }
            line.setAlignment(Pos.CENTER_LEFT);
            adopted.getChildren().add(line);
        }
    }
}
