package org.journeystudio.render;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.journeystudio.layout.MapView;

/**
 * Everything an export can be asked for. Start from {@link #of(ExportFormat)} or {@link #forFile(Path)} and
 * change what differs with the {@code with…} methods; options a format does not use are ignored by it.
 *
 * @param format      the file format
 * @param scale       PNG only: pixels per map unit, 1 to 8 (1×, 2×, 4× are the usual)
 * @param transparent PNG only: leave the background transparent instead of white
 * @param page        PDF only: the paper size (a fitted map takes the orientation that prints it larger)
 * @param fit         PDF only: one page or a tiled poster
 * @param heatmap     export the satisfaction heatmap instead of the map (CSV ignores this)
 * @param segmentIds  the heatmap's segments, in column order; empty means every segment
 * @param date        the date printed in the header
 * @param view        the map as the user ordered it, or as a service blueprint (lanes by role, with its lines)
 */
public record ExportOptions(ExportFormat format, double scale, boolean transparent, PageSize page, PageFit fit,
                            boolean heatmap, List<String> segmentIds, LocalDate date, MapView view) {
    public static final double MAX_SCALE = 8;

    public ExportOptions {
        if (format == null) {
            throw new IllegalArgumentException("An export needs a format");
        }
        if (!(scale > 0 && scale <= MAX_SCALE)) {
            throw new IllegalArgumentException("The scale must be above 0 and at most " + (int) MAX_SCALE
                    + ", not " + scale);
        }
        page = page == null ? PageSize.A4 : page;
        fit = fit == null ? PageFit.FIT_TO_PAGE : fit;
        segmentIds = segmentIds == null ? List.of() : List.copyOf(segmentIds);
        date = date == null ? LocalDate.now() : date;
        view = view == null ? MapView.JOURNEY : view;
    }

    /** The usual options for a format: 1×, white, A4 fitted to one page, the map, today. */
    public static ExportOptions of(ExportFormat format) {
        return new ExportOptions(format, 1, false, PageSize.A4, PageFit.FIT_TO_PAGE, false, List.of(), null, null);
    }

    /** The usual options for the format the file's extension names. */
    public static ExportOptions forFile(Path file) {
        return of(ExportFormat.ofFile(file));
    }

    public ExportOptions withScale(double newScale) {
        return new ExportOptions(format, newScale, transparent, page, fit, heatmap, segmentIds, date, view);
    }

    public ExportOptions withTransparent(boolean newTransparent) {
        return new ExportOptions(format, scale, newTransparent, page, fit, heatmap, segmentIds, date, view);
    }

    public ExportOptions withPage(PageSize newPage) {
        return new ExportOptions(format, scale, transparent, newPage, fit, heatmap, segmentIds, date, view);
    }

    public ExportOptions withFit(PageFit newFit) {
        return new ExportOptions(format, scale, transparent, page, newFit, heatmap, segmentIds, date, view);
    }

    /** The heatmap of the given segments (none given: every segment) instead of the map. */
    public ExportOptions withHeatmap(List<String> newSegmentIds) {
        return new ExportOptions(format, scale, transparent, page, fit, true, newSegmentIds, date, view);
    }

    public ExportOptions withView(MapView newView) {
        return new ExportOptions(format, scale, transparent, page, fit, heatmap, segmentIds, date, newView);
    }

    public ExportOptions withDate(LocalDate newDate) {
        return new ExportOptions(format, scale, transparent, page, fit, heatmap, segmentIds, newDate, view);
    }
}
