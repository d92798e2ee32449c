package dev.copro.report;

import com.openhtmltopdf.css.sheet.FontFaceRule;
import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.extend.SVGDrawer;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.RenderingContext;
import com.openhtmltopdf.util.XRLog;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The HTML page as a PDF on A4 paper, laid out by openhtmltopdf on PDFBox: the same sections,
 * tables and charts, with every folded section open (the renderer has no folding) and the page's
 * print stylesheet applied. The page is parsed as XML, which it is written to be.
 *
 * <p>The charts are drawn by {@link ChartDrawer}, which knows the few SVG elements {@link Svg}
 * writes and takes their colours from the page's own stylesheet, rather than by openhtmltopdf's SVG
 * support, which needs Apache Batik and its dozen jars. Text is set in the PDF standard fonts
 * (Helvetica), so nothing depends on the machine's fonts; characters those fonts lack (beyond
 * Western European scripts) show as {@code #}.
 */
final class PdfReport {

  private PdfReport() {}

  /**
   * Writes the page as a PDF.
   *
   * @param html the page, as {@link HtmlReport} writes it
   * @throws IOException if {@code out} cannot be written
   */
  static void write(String html, OutputStream out) throws IOException {
    Document document = parse(html);
    XRLog.setLoggingEnabled(false);
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.withW3cDocument(document, "about:blank");
    builder.useSVGDrawer(new ChartDrawer(HtmlReport.styles()));
    builder.withProducer("copro");
    builder.toStream(out);
    builder.run();
  }

  private static Document parse(String html) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setExpandEntityReferences(false);
      return factory.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
    } catch (ParserConfigurationException | SAXException | IOException e) {
      // The page is written to be well-formed XML; not being so is a bug here, not bad input.
      throw new IllegalStateException(
          "the HTML report is not well-formed XML: " + e.getMessage(), e);
    }
  }

  /**
   * Draws the report's charts in the PDF with Java 2D: rectangles, lines, circles, polylines and
   * text, styled by the {@code svg .class} rules of the page's stylesheet.
   */
  static final class ChartDrawer implements SVGDrawer {

    private static final Pattern RULE = Pattern.compile("svg \\.([a-z-]+)\\{([^}]*)}");

    /** Each class's properties, rules in the stylesheet's order. */
    private final Map<String, Map<String, String>> rules = new HashMap<>();

    private final List<String> order = new ArrayList<>();

    ChartDrawer(String stylesheet) {
      Matcher m = RULE.matcher(stylesheet);
      while (m.find()) {
        Map<String, String> properties =
            rules.computeIfAbsent(
                m.group(1),
                k -> {
                  order.add(k);
                  return new HashMap<>();
                });
        for (String declaration : m.group(2).split(";")) {
          int colon = declaration.indexOf(':');
          if (colon > 0) {
            properties.put(
                declaration.substring(0, colon).strip(), declaration.substring(colon + 1).strip());
          }
        }
      }
    }

    /** An element's style: the properties of its classes, later rules of the stylesheet winning. */
    Map<String, String> style(Element element) {
      List<String> classes = List.of(element.getAttribute("class").split("\\s+"));
      Map<String, String> style = new HashMap<>();
      for (String name : order) {
        if (classes.contains(name)) {
          style.putAll(rules.get(name));
        }
      }
      return style;
    }

    @Override
    public void importFontFaceRules(List<FontFaceRule> fontFaces, SharedContext shared) {
      // The charts use the standard fonts only.
    }

    @Override
    public void addFontFile(File fontFile, String family, Integer weight, FontStyle style) {
      // The charts use the standard fonts only.
    }

    @Override
    public void close() {
      // Nothing held.
    }

    @Override
    public SVGImage buildSVGImage(
        Element svg,
        Box box,
        CssContext context,
        double cssWidth,
        double cssHeight,
        double dotsPerPixel) {
      String[] viewBox = svg.getAttribute("viewBox").strip().split("\\s+");
      double width = viewBox.length == 4 ? Double.parseDouble(viewBox[2]) : 400;
      double height = viewBox.length == 4 ? Double.parseDouble(viewBox[3]) : 200;
      double scale = cssWidth > 0 ? cssWidth / dotsPerPixel / width : 1;
      return new Chart(svg, width, height, scale, dotsPerPixel);
    }

    /** One chart: its size in CSS pixels, drawn from its elements. */
    private final class Chart implements SVGImage {
      private final Element svg;
      private final double width;
      private final double height;
      private final double scale;
      private final double dotsPerPixel;

      Chart(Element svg, double width, double height, double scale, double dotsPerPixel) {
        this.svg = svg;
        this.width = width;
        this.height = height;
        this.scale = scale;
        this.dotsPerPixel = dotsPerPixel;
      }

      @Override
      public int getIntrinsicWidth() {
        return (int) Math.round(width * scale * dotsPerPixel);
      }

      @Override
      public int getIntrinsicHeight() {
        return (int) Math.round(height * scale * dotsPerPixel);
      }

      @Override
      public void drawSVG(OutputDevice device, RenderingContext context, double x, double y) {
        device.drawWithGraphics(
            (float) x,
            (float) y,
            (float) (width * scale),
            (float) (height * scale),
            g -> {
              g.scale(scale, scale);
              draw(g, svg);
            });
      }
    }

    private void draw(Graphics2D g, Element parent) {
      for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
        if (node instanceof Element element) {
          switch (element.getLocalName() == null ? element.getNodeName() : element.getLocalName()) {
            case "g" -> draw(g, element);
            case "rect" ->
                shape(
                    g,
                    element,
                    new Rectangle2D.Double(
                        number(element, "x"),
                        number(element, "y"),
                        number(element, "width"),
                        number(element, "height")));
            case "line" ->
                shape(
                    g,
                    element,
                    new Line2D.Double(
                        number(element, "x1"),
                        number(element, "y1"),
                        number(element, "x2"),
                        number(element, "y2")));
            case "circle" -> {
              double r = number(element, "r");
              shape(
                  g,
                  element,
                  new Ellipse2D.Double(
                      number(element, "cx") - r, number(element, "cy") - r, 2 * r, 2 * r));
            }
            case "polyline" -> shape(g, element, polyline(element.getAttribute("points")));
            case "text" -> text(g, element);
            default -> {
              // title and desc are for screen readers; the PDF has the same words in the tables.
            }
          }
        }
      }
    }

    private void shape(Graphics2D g, Element element, java.awt.Shape shape) {
      Map<String, String> style = style(element);
      boolean line = shape instanceof Line2D || shape instanceof Path2D;
      Color fill = colour(style.getOrDefault("fill", line ? "none" : "#000"));
      if (fill != null) {
        g.setColor(fill);
        g.fill(shape);
      }
      Color stroke = colour(style.getOrDefault("stroke", "none"));
      if (stroke != null) {
        float width = (float) parse(style.getOrDefault("stroke-width", "1"));
        String dashes = style.get("stroke-dasharray");
        float[] pattern = null;
        if (dashes != null) {
          String[] parts = dashes.strip().split("[\\s,]+");
          pattern = new float[parts.length];
          for (int i = 0; i < parts.length; i++) {
            pattern[i] = (float) parse(parts[i]);
          }
        }
        g.setColor(stroke);
        g.setStroke(
            new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, pattern, 0));
        g.draw(shape);
      }
    }

    private void text(Graphics2D g, Element element) {
      Map<String, String> style = style(element);
      float size = (float) parse(style.getOrDefault("font-size", "12px"));
      boolean bold =
          "700".equals(style.get("font-weight"))
              || "600".equals(style.get("font-weight"))
              || "bold".equals(style.get("font-weight"));
      boolean italic = "italic".equals(style.get("font-style"));
      String text = element.getTextContent();
      double x = number(element, "x");
      // Standard font metrics, so that centred and right-aligned text lines up without the
      // machine's fonts.
      double advance = width(text, bold, italic) * size;
      switch (element.getAttribute("text-anchor")) {
        case "middle" -> x -= advance / 2;
        case "end" -> x -= advance;
        default -> {
          // start: as given
        }
      }
      Color fill = colour(style.getOrDefault("fill", "#000"));
      g.setColor(fill == null ? Color.BLACK : fill);
      g.setFont(
          new Font(
              "SansSerif",
              (bold ? Font.BOLD : Font.PLAIN) | (italic ? Font.ITALIC : Font.PLAIN),
              Math.round(size)));
      g.drawString(text, (float) x, (float) number(element, "y"));
    }

    /** The width of text at a font size of 1, in Helvetica. */
    private static double width(String text, boolean bold, boolean italic) {
      PDType1Font font =
          new PDType1Font(
              bold
                  ? italic
                      ? Standard14Fonts.FontName.HELVETICA_BOLD_OBLIQUE
                      : Standard14Fonts.FontName.HELVETICA_BOLD
                  : italic
                      ? Standard14Fonts.FontName.HELVETICA_OBLIQUE
                      : Standard14Fonts.FontName.HELVETICA);
      double width = 0;
      for (int i = 0; i < text.length(); i++) {
        try {
          width += font.getStringWidth(String.valueOf(text.charAt(i))) / 1000;
        } catch (IOException | IllegalArgumentException e) {
          width += 0.556; // the width of a digit, for a character the font cannot show
        }
      }
      return width;
    }

    private static Path2D polyline(String points) {
      Path2D path = new Path2D.Double();
      String[] pairs = points.strip().split("\\s+");
      for (int i = 0; i < pairs.length; i++) {
        String[] xy = pairs[i].split(",");
        double px = Double.parseDouble(xy[0]);
        double py = Double.parseDouble(xy[1]);
        if (i == 0) {
          path.moveTo(px, py);
        } else {
          path.lineTo(px, py);
        }
      }
      return path;
    }

    private static double number(Element element, String attribute) {
      String value = element.getAttribute(attribute);
      return value.isEmpty() ? 0 : Double.parseDouble(value);
    }

    private static double parse(String length) {
      return Double.parseDouble(length.replace("px", "").strip());
    }

    private static @Nullable Color colour(String value) {
      String v = value.strip().toLowerCase(Locale.ROOT);
      if (v.equals("none")) {
        return null;
      }
      if (v.startsWith("#") && v.length() == 7) {
        return new Color(Integer.parseInt(v.substring(1), 16));
      }
      if (v.startsWith("#") && v.length() == 4) {
        int r = Integer.parseInt(v.substring(1, 2), 16);
        int gr = Integer.parseInt(v.substring(2, 3), 16);
        int b = Integer.parseInt(v.substring(3, 4), 16);
        return new Color(r * 17, gr * 17, b * 17);
      }
      return v.equals("white") ? Color.WHITE : Color.BLACK;
    }
  }
}
