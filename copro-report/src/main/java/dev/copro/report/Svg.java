package dev.copro.report;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Writes one inline SVG image, element by element: every text and attribute value escaped,
 * coordinates with at most one decimal and no locale, so the same chart is the same bytes. Styling
 * is by CSS class, defined by the page, so the image carries no colours of its own. The image has
 * {@code role="img"}, an {@code aria-label}, a {@code <title>} and a {@code <desc>} for screen
 * readers; its height is set once everything is drawn, so legends can take the rows they need.
 */
final class Svg {

  private final double width;
  private final String title;
  private final String description;
  private final StringBuilder body = new StringBuilder();
  private double height;
  private int openGroups;
  private @Nullable String written;

  /**
   * Opens an image.
   *
   * @param width its width in user units (the page scales it to the width it has)
   * @param title what it shows, in a few words: its accessible name
   * @param description what it shows, in sentences, with the numbers a reader needs
   */
  Svg(double width, String title, String description) {
    this.width = width;
    this.title = title;
    this.description = description;
  }

  /** Sets the image's height in user units; the last call wins. */
  Svg height(double height) {
    this.height = height;
    return this;
  }

  /** A rectangle; {@code tooltip} (shown on hover) when not {@code null}. */
  Svg rect(
      double x, double y, double width, double height, String cssClass, @Nullable String tooltip) {
    open()
        .append("<rect x=\"")
        .append(num(x))
        .append("\" y=\"")
        .append(num(y))
        .append("\" width=\"")
        .append(num(Math.max(0, width)))
        .append("\" height=\"")
        .append(num(Math.max(0, height)))
        .append("\" class=\"")
        .append(Escape.html(cssClass))
        .append('"');
    return close(tooltip == null ? "/>" : "><title>" + Escape.html(tooltip) + "</title></rect>");
  }

  /** A straight line. */
  Svg line(double x1, double y1, double x2, double y2, String cssClass) {
    open()
        .append("<line x1=\"")
        .append(num(x1))
        .append("\" y1=\"")
        .append(num(y1))
        .append("\" x2=\"")
        .append(num(x2))
        .append("\" y2=\"")
        .append(num(y2))
        .append("\" class=\"")
        .append(Escape.html(cssClass));
    return close("\"/>");
  }

  /** A circle, with a tooltip when not {@code null}. */
  Svg circle(double cx, double cy, double r, String cssClass, @Nullable String tooltip) {
    open()
        .append("<circle cx=\"")
        .append(num(cx))
        .append("\" cy=\"")
        .append(num(cy))
        .append("\" r=\"")
        .append(num(r))
        .append("\" class=\"")
        .append(Escape.html(cssClass))
        .append('"');
    return close(tooltip == null ? "/>" : "><title>" + Escape.html(tooltip) + "</title></circle>");
  }

  /** A line through points, each {@code {x, y}}. */
  Svg polyline(List<double[]> points, String cssClass) {
    open().append("<polyline points=\"");
    for (int i = 0; i < points.size(); i++) {
      body.append(i == 0 ? "" : " ")
          .append(num(points.get(i)[0]))
          .append(',')
          .append(num(points.get(i)[1]));
    }
    body.append("\" class=\"").append(Escape.html(cssClass));
    return close("\"/>");
  }

  /** How text lines up with its x coordinate. */
  enum Anchor {
    START,
    MIDDLE,
    END;

    String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Text whose baseline starts, is centred or ends at {@code (x, y)}. */
  Svg text(double x, double y, String text, String cssClass, Anchor anchor) {
    open()
        .append("<text x=\"")
        .append(num(x))
        .append("\" y=\"")
        .append(num(y))
        .append("\" class=\"")
        .append(Escape.html(cssClass))
        .append("\" text-anchor=\"")
        .append(anchor.code())
        .append("\">")
        .append(Escape.html(text));
    return close("</text>");
  }

  /** Starts a group of elements with a CSS class, such as the legend; {@link #end()} closes it. */
  Svg group(String cssClass) {
    open().append("<g class=\"").append(Escape.html(cssClass)).append("\">");
    openGroups++;
    return this;
  }

  /** Closes the last group opened. */
  Svg end() {
    if (openGroups == 0) {
      throw new IllegalStateException("no group is open");
    }
    openGroups--;
    return close("</g>");
  }

  /** The image's markup, closed; open groups are closed too. */
  @Override
  public String toString() {
    if (written == null) {
      while (openGroups > 0) {
        end();
      }
      written =
          "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" aria-label=\""
              + Escape.html(title)
              + "\" viewBox=\"0 0 "
              + num(width)
              + " "
              + num(height)
              + "\" width=\""
              + num(width)
              + "\" height=\""
              + num(height)
              + "\"><title>"
              + Escape.html(title)
              + "</title><desc>"
              + Escape.html(description)
              + "</desc>"
              + body
              + "</svg>";
    }
    return written;
  }

  private StringBuilder open() {
    if (written != null) {
      throw new IllegalStateException("the image is already written");
    }
    return body;
  }

  private Svg close(String tail) {
    body.append(tail);
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
