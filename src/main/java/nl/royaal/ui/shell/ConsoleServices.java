package nl.royaal.ui.shell;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.royaal.domain.Workshop;
import nl.royaal.domain.WorkshopTemplate;
import nl.royaal.service.ReportService;
import nl.royaal.service.SettingsService;
import nl.royaal.service.WorkshopFileService;
import nl.royaal.service.WorkshopService;
import nl.royaal.service.live.LiveRun;
import nl.royaal.service.live.PhoneRoom;
import nl.royaal.ui.element.ElementScreens;

/**
 * What the console's screens work with, wired once by the launcher.
 *
 * @param liveRuns   starts (or resumes) the live run of a workshop
 * @param phoneRooms     starts serving the phone page for a live run
 * @param elementScreens the live screens of the element kinds that have one
 * @param reports        writes the client's report
 * @param showDocument   opens a file or address in the system's viewer
 */
public record ConsoleServices(
        WorkshopService workshops,
        WorkshopFileService files,
        SettingsService settings,
        Supplier<WorkshopTemplate> defaultTemplate,
        Function<Workshop, LiveRun> liveRuns,
        Function<LiveRun, PhoneRoom> phoneRooms,
        ElementScreens elementScreens,
        ReportService reports,
        Consumer<String> showDocument) {
}
