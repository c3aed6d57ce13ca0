package uk.fosteringconcerns.records.documents;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders a document template ({@code documents/<name>.html}: XHTML with its own CSS and {@code {{value}}}
 * placeholders, editable by a process analyst) to PDF with openhtmltopdf. Every value is HTML-escaped by the
 * template engine; templates may not use the unescaped forms {@code {{{…}}}} or {@code {{&…}}}. Text is set in
 * DejaVu Sans (shipped in {@code documents/fonts}) so names in any European alphabet print as typed.
 */
public class DocumentRenderer {

  public static final String FOLDER = "documents/";

  static {
    // openhtmltopdf logs every render and font load at INFO to the console: only its warnings are wanted
    com.openhtmltopdf.util.XRLog.listRegisteredLoggers()
        .forEach(name -> com.openhtmltopdf.util.XRLog.setLevel(name, java.util.logging.Level.WARNING));
  }

  private static final String FONT_FAMILY = "DejaVu Sans";

  private final Mustache.Compiler compiler = Mustache.compiler().escapeHTML(true).nullValue("")
      .emptyStringIsFalse(true).zeroIsFalse(true);
  private final Map<String, Template> templates = new ConcurrentHashMap<>();
  private final byte[] regular = resource(FOLDER + "fonts/DejaVuSans.ttf");
  private final byte[] bold = resource(FOLDER + "fonts/DejaVuSans-Bold.ttf");

  /** The template filled with the model (values escaped): the XHTML that is rendered. */
  public String html(String template, Map<String, Object> model) {
    return templates.computeIfAbsent(template, this::compile).execute(model);
  }

  public byte[] render(String template, Map<String, Object> model) {
    String html = html(template, model);
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.useFont(() -> new java.io.ByteArrayInputStream(regular), FONT_FAMILY, 400,
          BaseRendererBuilder.FontStyle.NORMAL, true);
      builder.useFont(() -> new java.io.ByteArrayInputStream(bold), FONT_FAMILY, 700,
          BaseRendererBuilder.FontStyle.NORMAL, true);
      URL base = DocumentRenderer.class.getClassLoader().getResource(FOLDER + template + ".html");
      builder.withHtmlContent(html, base == null ? null : base.toExternalForm());
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("The document " + template + " could not be rendered", e);
    }
    return out.toByteArray();
  }

  private Template compile(String template) {
    String path = FOLDER + template + ".html";
    String text = new String(resource(path), StandardCharsets.UTF_8);
    if (text.contains("{{{") || text.contains("{{&")) {
      throw new IllegalStateException(path + " uses an unescaped placeholder ({{{ or {{&); every value must be escaped");
    }
    try (Reader reader = new java.io.StringReader(text)) {
      return compiler.compile(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] resource(String path) {
    try (InputStream in = DocumentRenderer.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("Missing " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
