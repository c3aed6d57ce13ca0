package uk.fosteringconcerns.tasklist;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.fosteringconcerns.records.documents.CaseDocuments.DocumentLink;

/**
 * Renders what a task form shows of its case, from the templates an analyst edits:
 * {@code tasklist/case-header.md} (the case header of every task form) and {@code tasklist/earlier-decisions.md} (the
 * earlier decisions and reasons on decision and closure forms). Both are Mustache templates producing Markdown (which
 * the form's text view renders): {@code {{name}}} is the case's value of that variable in words ({@link CaseWords}),
 * Markdown-escaped so a worker's text shows as typed; {@code {{#name}}...{{/name}}} is shown only when the case has a
 * value; {@code {{#orNone}}...{{/orNone}}} shows "none yet" when what it encloses comes out empty. The header also
 * has {@code documents} (each with {@code title} and {@code url}: the case's documents, oldest first) and
 * {@code hasDocuments}.
 */
public class CaseViews {

  public static final String HEADER_TEMPLATE = "tasklist/case-header.md";
  public static final String DECISIONS_TEMPLATE = "tasklist/earlier-decisions.md";
  static final String NO_DECISIONS = "No earlier decisions are recorded on this case yet.";
  static final String NOT_RECORDED = "not recorded";
  static final String NONE_YET = "none yet";

  private final CaseWords words;
  private final Template header;
  private final Template decisions;

  public CaseViews(CaseWords words) {
    this.words = words;
    Mustache.Compiler compiler = Mustache.compiler().withEscaper(CaseViews::markdown).defaultValue("")
        .emptyStringIsFalse(true);
    this.header = compiler.compile(load(HEADER_TEMPLATE));
    this.decisions = compiler.compile(load(DECISIONS_TEMPLATE));
  }

  /** The header with links to the case's documents (each opens the PDF kept with the case). */
  public String header(CaseFacts facts, List<DocumentLink> documents) {
    Map<String, Object> model = model(facts);
    if (!documents.isEmpty()) {
      model.put("hasDocuments", true);
      model.put("documents", documents.stream()
          .map(d -> Map.of("title", d.title(), "url", d.url())).toList());
    }
    return withoutBlankLines(header.execute(model));
  }

  public String decisions(CaseFacts facts) {
    String text = withoutBlankLines(decisions.execute(model(facts)));
    return text.isEmpty() ? NO_DECISIONS : text;
  }

  /** The named values of the case in words, Markdown-escaped, for a form's {@code {{inWords.name}}} views. */
  public Map<String, String> inWords(CaseFacts facts, Collection<String> names) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String name : names) {
      String text = words.of(name, facts.get(name));
      out.put(name, text == null || text.isBlank() ? NOT_RECORDED : markdown(text));
    }
    return out;
  }

  /** A step the case has not reached leaves blank lines: dropped, so lists and headings stay together. */
  private static String withoutBlankLines(String text) {
    return text.lines().filter(line -> !line.isBlank()).map(String::stripTrailing)
        .collect(java.util.stream.Collectors.joining("\n"));
  }

  private Map<String, Object> model(CaseFacts facts) {
    Map<String, Object> model = new LinkedHashMap<>();
    facts.values().forEach((name, value) -> {
      String text = words.of(name, value);
      if (text != null && !text.isBlank()) {
        model.put(name, text);
      }
    });
    if (facts.caseReference() != null) {
      model.put(CaseViewVariables.CASE_REFERENCE, facts.caseReference());
    }
    if (!facts.procedures().isEmpty()) {
      model.put("procedures", String.join("; ", facts.procedures()));
    }
    model.put("orNone", (Mustache.Lambda) (fragment, out) -> {
      String text = fragment.execute().strip();
      out.write(text.isEmpty() ? NONE_YET : text);
    });
    return model;
  }

  /**
   * A value made safe inside Markdown: shown as typed (no emphasis, links, HTML or headings from a worker's text) and
   * kept on its line (line breaks become {@code <br>}), so it can never start a list or a heading of the view.
   */
  public static String markdown(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '\r' -> { }
        case '\n' -> out.append("<br>");
        case '\\', '`', '*', '_', '[', ']', '|', '~', '#', '{', '}' -> out.append('\\').append(c);
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static String load(String resource) {
    try (InputStream in = CaseViews.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("No " + resource + " on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
  }
}
