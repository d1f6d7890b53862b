package org.journeystudio.ui.canvas;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.transform.Scale;
import org.journeystudio.layout.Box;
import org.journeystudio.layout.WheelScroll;

/**
 * Zoom and pan of the canvas inside its scroll pane. Zoom scales the nodes (a transform, not a bitmap), so
 * text and lines stay sharp at every level. It also tells the canvas which part of the map is in view.
 */
final class ZoomPan {
    static final double MIN_ZOOM = 0.1;
    static final double MAX_ZOOM = 3;
    static final double STEP = 1.25;

    private final ScrollPane scroll;
    private final JourneyCanvas canvas;
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(1);
    /**
     * What the scroll pane scrolls: a region sized to the zoomed map. Not a Group, whose size follows the
     * bounds of everything inside it: then every moved card (every drag frame) would make the scroll pane
     * measure the whole canvas again.
     */
    private final Pane holder = new Pane();

    ZoomPan(ScrollPane scroll, JourneyCanvas canvas) {
        this.scroll = scroll;
        this.canvas = canvas;
        canvas.view().getTransforms().add(scale);
        holder.getChildren().add(canvas.view());
        holder.getStyleClass().add(CanvasStyles.MAP_HOLDER);
        scroll.setContent(holder);
        canvas.view().prefWidthProperty().addListener((obs, old, w) -> sizeHolder());
        canvas.view().prefHeightProperty().addListener((obs, old, h) -> sizeHolder());
        sizeHolder();
        scroll.skinProperty().addListener((obs, old, skin) -> uncacheViewport());
        uncacheViewport();
        scroll.setPannable(false);
        scroll.hvalueProperty().addListener((obs, old, v) -> updateViewport());
        scroll.vvalueProperty().addListener((obs, old, v) -> updateViewport());
        scroll.viewportBoundsProperty().addListener((obs, old, v) -> updateViewport());
        scroll.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.isShortcutDown() && e.getDeltaY() != 0) {
                zoomAt(e.getDeltaY() > 0 ? STEP : 1 / STEP, new Point2D(e.getSceneX(), e.getSceneY()));
            } else {
                scrollBy(e);
            }
            e.consume();
        });
        scroll.addEventFilter(ZoomEvent.ZOOM, e -> {
            zoomAt(e.getZoomFactor(), new Point2D(e.getSceneX(), e.getSceneY()));
            e.consume();
        });
    }

    /**
     * The scroll pane's skin caches its viewport as one bitmap. Any change inside (one card moved a pixel)
     * then repaints the whole visible map into that bitmap and the bitmap onto the screen: with the software
     * renderer 8–15 ms a frame whatever moved. Uncached, prism repaints only the dirty regions (the moved
     * card's old and new place), and a zoomed map is drawn from its shapes, never from a scaled bitmap.
     */
    private void uncacheViewport() {
        for (Node child : scroll.getChildrenUnmodifiable()) {
            if (child.getStyleClass().contains(CanvasStyles.VIEWPORT)) {
                child.setCache(false);
            }
        }
    }

    ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    double zoom() {
        return zoom.get();
    }

    void zoomIn() {
        zoomAt(STEP, null);
    }

    void zoomOut() {
        zoomAt(1 / STEP, null);
    }

    void actualSize() {
        setZoom(1, null);
    }

    /** Fits the whole map into the window (Ctrl+0). */
    void fit() {
        Bounds view = scroll.getViewportBounds();
        double w = canvas.view().getPrefWidth();
        double h = canvas.view().getPrefHeight();
        if (w <= 0 || h <= 0 || view.getWidth() <= 0) {
            return;
        }
        setZoom(Math.min(1, Math.min(view.getWidth() / w, view.getHeight() / h)), null);
        scroll.setHvalue(0);
        scroll.setVvalue(0);
    }

    /** Zooms by {@code factor} keeping the map point under {@code pivot} (scene coordinates) where it is. */
    void zoomAt(double factor, Point2D pivot) {
        setZoom(zoom.get() * factor, pivot);
    }

    private void setZoom(double wanted, Point2D pivot) {
        double old = zoom.get();
        double next = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, wanted));
        if (next == old) {
            return;
        }
        Bounds view = scroll.getViewportBounds();
        Point2D inView = pivot == null ? new Point2D(view.getWidth() / 2, view.getHeight() / 2)
                : scroll.lookup(".viewport") != null
                ? scroll.lookup(".viewport").sceneToLocal(pivot) : new Point2D(view.getWidth() / 2, view.getHeight() / 2);
        double mapX = (offsetX() + inView.getX()) / old;
        double mapY = (offsetY() + inView.getY()) / old;
        scale.setX(next);
        scale.setY(next);
        zoom.set(next);
        sizeHolder();
        scroll.layout();
        setOffset(mapX * next - inView.getX(), mapY * next - inView.getY());
        updateViewport();
    }

    private void sizeHolder() {
        double w = canvas.view().getPrefWidth() * zoom.get();
        double h = canvas.view().getPrefHeight() * zoom.get();
        holder.setMinSize(w, h);
        holder.setPrefSize(w, h);
        holder.setMaxSize(w, h);
    }

    /**
     * Scrolls as far as the platform says (the scroll pane's own skin moves 40 px a notch whatever the user set):
     * see {@link WheelScroll}. Shift turns a vertical wheel sideways.
     */
    private void scrollBy(ScrollEvent e) {
        boolean smooth = e.isInertia() || e.getTouchCount() > 0 || e.isDirect();
        Bounds view = scroll.getViewportBounds();
        double dx = WheelScroll.pixels(new WheelScroll.Axis(e.getDeltaX(), e.getMultiplierX(),
                unit(e.getTextDeltaXUnits() == ScrollEvent.HorizontalTextScrollUnits.CHARACTERS,
                        e.getTextDeltaXUnits() == ScrollEvent.HorizontalTextScrollUnits.NONE),
                e.getTextDeltaX(), smooth), view.getWidth());
        double dy = WheelScroll.pixels(new WheelScroll.Axis(e.getDeltaY(), e.getMultiplierY(),
                unit(e.getTextDeltaYUnits() == ScrollEvent.VerticalTextScrollUnits.LINES,
                        e.getTextDeltaYUnits() == ScrollEvent.VerticalTextScrollUnits.NONE),
                e.getTextDeltaY(), smooth), view.getHeight());
        if (e.isShiftDown() && dx == 0) {
            panBy(-dy, 0);
        } else {
            panBy(-dx, -dy);
        }
    }

    private static WheelScroll.Unit unit(boolean lines, boolean none) {
        return lines ? WheelScroll.Unit.LINES : none ? WheelScroll.Unit.NONE : WheelScroll.Unit.PAGES;
    }

    /** Moves the view by (dx, dy) screen pixels. */
    void panBy(double dx, double dy) {
        setOffset(offsetX() + dx, offsetY() + dy);
    }

    /**
     * The auto-scroll step for a dragging pointer at {@code scenePoint}: up to 24 screen pixels a frame,
     * faster the closer it is to an edge of the visible map (or past it); zero elsewhere.
     */
    Point2D edgeScroll(Point2D scenePoint) {
        Bounds view = scroll.localToScene(scroll.getLayoutBounds());
        double band = 48;
        return new Point2D(speed(scenePoint.getX(), view.getMinX(), view.getMaxX(), band),
                speed(scenePoint.getY(), view.getMinY(), view.getMaxY(), band));
    }

    private static double speed(double at, double min, double max, double band) {
        if (at < min + band) {
            return -24 * Math.min(1, (min + band - at) / band);
        }
        if (at > max - band) {
            return 24 * Math.min(1, (at - (max - band)) / band);
        }
        return 0;
    }

    /** Scrolls just enough to bring {@code box} (map coordinates) into view. */
    void reveal(Box box) {
        Bounds view = scroll.getViewportBounds();
        double z = zoom.get();
        double left = offsetX();
        double top = offsetY();
        double headerW = canvas.layout().style().laneHeaderWidth() * z;
        double headerH = canvas.layout().style().stageHeaderHeight() * z;
        double x = left;
        double y = top;
        if (box.x() * z - headerW < left) {
            x = box.x() * z - headerW - 16;
        } else if (box.right() * z > left + view.getWidth()) {
            x = box.right() * z - view.getWidth() + 16;
        }
        if (box.y() * z - headerH < top) {
            y = box.y() * z - headerH - 16;
        } else if (box.bottom() * z > top + view.getHeight()) {
            y = box.bottom() * z - view.getHeight() + 16;
        }
        setOffset(x, y);
    }

    private double contentWidth() {
        return canvas.view().getPrefWidth() * zoom.get();
    }

    private double contentHeight() {
        return canvas.view().getPrefHeight() * zoom.get();
    }

    private double offsetX() {
        return scroll.getHvalue() * Math.max(0, contentWidth() - scroll.getViewportBounds().getWidth());
    }

    private double offsetY() {
        return scroll.getVvalue() * Math.max(0, contentHeight() - scroll.getViewportBounds().getHeight());
    }

    private void setOffset(double x, double y) {
        double spareX = contentWidth() - scroll.getViewportBounds().getWidth();
        double spareY = contentHeight() - scroll.getViewportBounds().getHeight();
        scroll.setHvalue(spareX <= 0 ? 0 : Math.max(0, Math.min(1, x / spareX)));
        scroll.setVvalue(spareY <= 0 ? 0 : Math.max(0, Math.min(1, y / spareY)));
    }

    /**
     * Tells the canvas which part of the map is visible, in map coordinates. Before the scroll pane is laid
     * out that is nothing, so opening a map builds no node until the window knows what it shows.
     */
    void updateViewport() {
        Bounds view = scroll.getViewportBounds();
        double z = zoom.get();
        canvas.setViewport(new Box(offsetX() / z, offsetY() / z, view.getWidth() / z, view.getHeight() / z));
    }
}
