package nl.royaal.ui.shell;

import nl.royaal.domain.Workshop;

/** Moves the console between its screens; view models ask for a screen, the shell shows it. */
public interface Navigator {

    void showWorkshopList();

    void showPreparation(Workshop workshop);

    void showRun(Workshop workshop);

    void showSettings();
}
