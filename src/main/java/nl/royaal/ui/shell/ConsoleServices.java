package nl.royaal.ui.shell;

import java.util.function.Supplier;
import nl.royaal.domain.WorkshopTemplate;
import nl.royaal.service.SettingsService;
import nl.royaal.service.WorkshopFileService;
import nl.royaal.service.WorkshopService;

/** What the console's screens work with, wired once by the launcher. */
public record ConsoleServices(
        WorkshopService workshops,
        WorkshopFileService files,
        SettingsService settings,
        Supplier<WorkshopTemplate> defaultTemplate) {
}
