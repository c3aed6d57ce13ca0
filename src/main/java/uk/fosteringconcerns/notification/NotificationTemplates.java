package uk.fosteringconcerns.notification;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Message texts an analyst can edit: `src/main/resources/notifications/<template>.txt`, first line the subject,
 * the rest the body; `{{name}}` is replaced by a value of the model (missing values become empty).
 */
public class NotificationTemplates {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_]+)\\s*}}");

  public record Rendered(String subject, String body) {}

  public Rendered render(String template, Map<String, Object> model) {
    String text = load(template);
    int newline = text.indexOf('\n');
    String subject = newline < 0 ? text : text.substring(0, newline);
    String body = newline < 0 ? "" : text.substring(newline + 1).strip();
    return new Rendered(fill(subject.strip(), model), fill(body, model));
  }

  private static String fill(String text, Map<String, Object> model) {
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Object value = model == null ? null : model.get(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : String.valueOf(value)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String load(String template) {
    if (!template.matches("[a-z0-9-]+")) {
      throw new IllegalArgumentException("Bad notification template id: " + template);
    }
    String path = "notifications/" + template + ".txt";
    try (InputStream in = NotificationTemplates.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("No notification template " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + path, e);
    }
  }
}
