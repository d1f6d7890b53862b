package org.journeystudio.ui.export;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.Consumer;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.control.Alert;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.render.ExportMonitor;
import org.journeystudio.render.ExportOptions;
import org.journeystudio.render.PageSize;
import org.journeystudio.render.PrintPages;
import org.journeystudio.ui.BackgroundWork;
import org.journeystudio.ui.Dialogs;

/**
 * Prints a map through the system print dialog: the pages of its PDF export, rendered off the FX thread and
 * each scaled into the printable area of a page turned the way the page is; says so plainly when no printer is set up.
 */
public final class MapPrinting {
    /** Enough for sharp text on paper without making the page images huge. */
    private static final int DPI = 150;

    private final BackgroundWork work;

    public MapPrinting(BackgroundWork work) {
        this.work = work;
    }

    /** Asks the printer and its settings, then prints; {@code status} gets the one-line outcome. */
    public void print(Window owner, JourneyMap map, ExportOptions options, Consumer<String> status) {
        PrinterJob job = newJob();
        if (job == null) {
            status.accept(Messages.text("export.noPrinterFound"));
            Alert alert = new Alert(Alert.AlertType.INFORMATION, Messages.text("export.noPrinter"));
            alert.initOwner(owner);
            alert.setTitle(Messages.text("export.print"));
            alert.setHeaderText(Messages.text("export.noPrinterFound"));
            Dialogs.themed(alert.getDialogPane());
            alert.show();
            return;
        }
        Printer printer = job.getPrinter();
        job.getJobSettings().setPageLayout(printer.createPageLayout(paper(options.page()),
                PageOrientation.LANDSCAPE, Printer.MarginType.DEFAULT));
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            status.accept(Messages.text("export.printingCancelled"));
            return;
        }
        work.run(BackgroundWork.task(Messages.text("export.preparingPages"), cancelled ->
                        PrintPages.render(map, options, DPI, new ExportMonitor() {
                            @Override
                            public boolean isCancelled() {
                                return cancelled.getAsBoolean();
                            }
                        })),
                pages -> {
                    if (printAll(job, pages)) {
                        status.accept(Messages.text("export.sentPages", pages.size(), job.getPrinter().getName()));
                    } else {
                        status.accept(Messages.text("export.printingFailed"));
                        Dialogs.error(owner, Messages.text("export.couldNotPrint"),
                                Messages.text("export.printerRefused", job.getJobStatus()));
                    }
                },
                failure -> {
                    job.cancelJob();
                    Dialogs.error(owner, Messages.text("export.couldNotPrint"), failure);
                });
    }

    /** A job on the default printer, or null when there is none (or printing is not supported here). */
    private static PrinterJob newJob() {
        try {
            return Printer.getDefaultPrinter() == null ? null : PrinterJob.createPrinterJob();
        } catch (RuntimeException | LinkageError noPrinting) {
            // Some platforms (headless, no print service) fail instead of answering "no printer".
            return null;
        }
    }

    private static boolean printAll(PrinterJob job, List<BufferedImage> pages) {
        PageLayout chosen = job.getJobSettings().getPageLayout();
        for (BufferedImage page : pages) {
            // A fitted map's page may be portrait: print it that way rather than shrunk onto a landscape sheet.
            PageOrientation orientation = page.getHeight() > page.getWidth()
                    ? PageOrientation.PORTRAIT : PageOrientation.LANDSCAPE;
            PageLayout layout = orientation == chosen.getPageOrientation() ? chosen
                    : job.getPrinter().createPageLayout(chosen.getPaper(), orientation, Printer.MarginType.DEFAULT);
            ImageView view = new ImageView(toFx(page));
            view.setPreserveRatio(true);
            view.setSmooth(true);
            view.setFitWidth(layout.getPrintableWidth());
            view.setFitHeight(layout.getPrintableHeight());
            if (!job.printPage(layout, view)) {
                job.cancelJob();
                return false;
            }
        }
        return job.endJob();
    }

    private static WritableImage toFx(BufferedImage image) {
        WritableImage fx = new WritableImage(image.getWidth(), image.getHeight());
        PixelWriter writer = fx.getPixelWriter();
        int[] row = new int[image.getWidth()];
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, image.getWidth(), 1, row, 0, image.getWidth());
            writer.setPixels(0, y, image.getWidth(), 1, javafx.scene.image.PixelFormat.getIntArgbInstance(), row, 0,
                    image.getWidth());
        }
        return fx;
    }

    /** The printer paper matching the export's page size. */
    static Paper paper(PageSize page) {
        return switch (page) {
            case A4 -> Paper.A4;
            case A3 -> Paper.A3;
            case LETTER -> Paper.NA_LETTER;
            case TABLOID -> Paper.TABLOID;
        };
    }
}
