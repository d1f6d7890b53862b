package org.journeystudio.usecase;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Work a wizard step hands out: {@link #run} off the UI thread, then {@link #done} with its result on it. When it
 * fails or is cancelled instead, the wizard is told so ({@link SurveyImportWizard#failed},
 * {@link SurveyImportWizard#cancelled}).
 *
 * @param <T> what the work finds
 */
public final class StepWork<T> {
    private final String title;
    private final Function<WorkProgress, T> body;
    private final Consumer<T> then;

    StepWork(String title, Function<WorkProgress, T> body, Consumer<T> then) {
        this.title = title;
        this.body = body;
        this.then = then;
    }

    /** What the work does, in a few words for the user. */
    public String title() {
        return title;
    }

    /** Does the work; reads only values fixed when it was handed out, so it may run on any thread. */
    public T run(WorkProgress progress) {
        return body.apply(progress);
    }

    /** Takes the result in, on the thread that owns the wizard. */
    public void done(T result) {
        then.accept(result);
    }
}
