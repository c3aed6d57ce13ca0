package uk.fosteringconcerns.tasklist;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The description a worker reads for a user task in Tasklist, from {@code tasklist/task-descriptions.properties}
 * ({@code <process key>.<task id>=text}, edited by an analyst). The engine would otherwise show the model's
 * documentation, which is written for analysts and cites the procedures' source files.
 */
public class TaskDescriptions {

  public static final String RESOURCE = "tasklist/task-descriptions.properties";

  private final Properties texts = new Properties();

  public TaskDescriptions() {
    try (InputStream in = TaskDescriptions.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("No " + RESOURCE + " on the class path");
      }
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE, e);
    }
  }

  /** The worker's description of the task, or null when the analyst gave none. */
  public String of(String processKey, String taskId) {
    String text = texts.getProperty(processKey + "." + taskId);
    return text == null || text.isBlank() ? null : text.strip();
  }
}
