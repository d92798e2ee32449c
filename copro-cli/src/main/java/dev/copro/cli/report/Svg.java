package dev.copro.cli.report;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Writes one inline SVG image, element by element: every text and attribute value escaped,
 * coordinates with at most one decimal and no locale, so the same chart is the same bytes. Styling
 * is by CSS class, defined by the page, so the image carries no colours of its own. The image has
 * {@code role="img"} and a title for screen readers.
 */
final class Svg {

  private final StringBuilder out = new StringBuilder();
  private boolean closed;

  /**
   * Opens an image.
   *
   * @param width its width in CSS pixels (it scales down with the page)
   * @param height its height in CSS pixels
   * @param title what it shows, in words: its accessible name
   */
  Svg(double width, double height, String title) {
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
        .append(num(width)).append(' ').append(num(height)).append("\" width=\"").append(num(width))
        .append("\" height=\"").append(num(height)).append("\"><title>").append(Escape.html(title))
        .append("</title>");
  }

  /** A rectangle; {@code tooltip} (shown on hover) when not {@code null}. */
  Svg rect(double x, double y, double width, double height, String cssClass, @Nullable String tooltip) {
    open().append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
        .append(num(Math.max(0, width))).append("\" height=\"").append(num(Math.max(0, height)))
        .append("\" class=\"").append(Escape.html(cssClass)).append('"');
    return tooltip == null ? close("/>") : close("><title>" + Escape.html(tooltip) + "</title></rect>");
  }

  /** A straight line. */
  Svg line(double x1, double y1, double x2, double y2, String cssClass) {
    open().append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"")
        .append(num(x2)).append("\" y2=\"").append(num(y2)).append("\" class=\"").append(Escape.html(cssClass));
    return close("\"/>");
  }

  /** A circle, with a tooltip when not {@code null}. */
  Svg circle(double cx, double cy, double r, String cssClass, @Nullable String tooltip) {
    open().append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy)).append("\" r=\"")
        .append(num(r)).append("\" class=\"").append(Escape.html(cssClass)).append('"');
    return tooltip == null ? close("/>") : close("><title>" + Escape.html(tooltip) + "</title></circle>");
  }

  /** A line through points, each {@code {x, y}}. */
  Svg polyline(List<double[]> points, String cssClass) {
    open().append("<polyline points=\"");
    for (int i = 0; i < points.size(); i++) {
      out.append(i == 0 ? "" : " ").append(num(points.get(i)[0])).append(',').append(num(points.get(i)[1]));
    }
    out.append("\" class=\"").append(Escape.html(cssClass));
    return close("\"/>");
  }

  /** How text lines up with its x coordinate. */
  enum Anchor {
    START, MIDDLE, END;

    String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Text whose baseline starts, is centred or ends at {@code (x, y)}. */
  Svg text(double x, double y, String text, String cssClass, Anchor anchor) {
    open().append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" class=\"")
        .append(Escape.html(cssClass)).append("\" text-anchor=\"").append(anchor.code()).append("\">")
        .append(Escape.html(text));
    return close("</text>");
  }

  /** The image's markup, closed. */
  @Override
  public String toString() {
    if (!closed) {
      out.append("</svg>");
      closed = true;
    }
    return out.toString();
  }

  private StringBuilder open() {
    if (closed) {
      throw new IllegalStateException("the image is already written");
    }
    return out;
  }

  private Svg close(String tail) {
    out.append(tail);
    return this;
  }

  /** A coordinate: one decimal at most, {@code .0} left out. */
  static String num(double value) {
    double rounded = Math.round(value * 10) / 10.0;
    if (rounded == Math.rint(rounded)) {
      return Long.toString((long) rounded);
    }
    return String.format(Locale.ROOT, "%.1f", rounded);
  }
}
