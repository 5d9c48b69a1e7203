package nl.royaal.ui.pledge;

import java.util.function.LongFunction;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.control.Label;
import javafx.util.Duration;

/**
 * The fan club counting up on the projector: quick (well under two seconds), slowing down at the
 * end so the room reads the final number; from zero when the wall is revealed, from where it
 * stands when the trainer changes an input.
 */
public final class FanCounter {

    static final Duration COUNT_TIME = Duration.millis(1600);

    private final Label label;
    private final LongFunction<String> format;
    private final DoubleProperty value = new SimpleDoubleProperty();
    private final Timeline timeline = new Timeline();
    private long target;

    public FanCounter(Label label, LongFunction<String> format) {
        this.label = label;
        this.format = format;
        value.addListener((obs, old, now) -> label.setText(format.apply(Math.round(now.doubleValue()))));
        label.setText(format.apply(0));
    }

    /** Counts from zero up to {@code fans}. */
    public void countFromZero(long fans) {
        timeline.stop();
        value.set(0);
        label.setText(format.apply(0));
        countTo(fans);
    }

    /** Counts from the number shown now to {@code fans}. */
    public void countTo(long fans) {
        target = fans;
        timeline.stop();
        timeline.getKeyFrames().setAll(new KeyFrame(COUNT_TIME,
                new KeyValue(value, (double) fans, Interpolator.EASE_OUT)));
        timeline.setOnFinished(event -> label.setText(format.apply(target)));
        timeline.playFromStart();
    }

    /** The number the counter is going to. */
    public long target() {
        return target;
    }

    public void stop() {
        timeline.stop();
    }

    public Label label() {
        return label;
    }
}
