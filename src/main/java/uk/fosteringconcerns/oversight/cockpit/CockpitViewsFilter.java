package uk.fosteringconcerns.oversight.cockpit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Leaves out the Cockpit views that assume the viewer may read every task (Camunda's documented plugin exclusion,
 * the {@code cam-exclude-plugins} attribute of the page's base tag): the "Human Tasks" page and its navigation entry,
 * and a case's "User Tasks" tab. Managers may read only their own groups' tasks (PROCESS-API section 1), so those
 * views showed them "No user tasks", a count of 0 or a raw authorization error; the oversight plugin's own views
 * (overdue work by team on the dashboard, a case's tasks tab) take their place. Only Cockpit's index page is touched.
 */
public class CockpitViewsFilter extends OncePerRequestFilter {

  /** plugin point:plugin id, as Cockpit's exclusion takes them. */
  public static final String EXCLUDED = "cockpit.navigation:tasks,cockpit.tasks.dashboard,"
      + "cockpit.processInstance.runtime.tab:user-tasks-tab";
  private static final String MARKER = "app-name=\"cockpit\"";

  private final Pattern indexPage;

  public CockpitViewsFilter(String applicationPath) {
    this.indexPage = Pattern.compile(Pattern.quote(applicationPath) + "/app/cockpit/[^/]+/");
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !"GET".equals(request.getMethod()) || !indexPage.matcher(path).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Capture capture = new Capture(response);
    chain.doFilter(request, capture);
    byte[] body = capture.bytes();
    String contentType = capture.getContentType();
    if (contentType != null && contentType.startsWith("text/html")) {
      String page = new String(body, StandardCharsets.UTF_8);
      if (page.contains(MARKER) && !page.contains("cam-exclude-plugins=\"" + EXCLUDED)) {
        body = page.replace(MARKER, MARKER + " cam-exclude-plugins=\"" + EXCLUDED + "\"")
            .getBytes(StandardCharsets.UTF_8);
      }
    }
    if (!response.isCommitted()) {
      response.setContentLength(body.length);
    }
    response.getOutputStream().write(body);
  }

  /** Holds the page until it is complete, so that its length can be set afterwards. */
  private static final class Capture extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private PrintWriter writer;
    private ServletOutputStream stream;

    Capture(HttpServletResponse response) {
      super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() {
      if (stream == null) {
        stream = new ServletOutputStream() {
          @Override
          public boolean isReady() {
            return true;
          }

          @Override
          public void setWriteListener(WriteListener listener) {
            // written in full before the response goes out
          }

          @Override
          public void write(int b) {
            buffer.write(b);
          }

          @Override
          public void write(byte[] bytes, int offset, int length) {
            buffer.write(bytes, offset, length);
          }
        };
      }
      return stream;
    }

    @Override
    public PrintWriter getWriter() {
      if (writer == null) {
        writer = new PrintWriter(new OutputStreamWriter(buffer, StandardCharsets.UTF_8));
      }
      return writer;
    }

    @Override
    public void setContentLength(int length) {
      // set once the page is complete
    }

    @Override
    public void setContentLengthLong(long length) {
      // set once the page is complete
    }

    @Override
    public void flushBuffer() {
      if (writer != null) {
        writer.flush();
      }
    }

    byte[] bytes() {
      if (writer != null) {
        writer.flush();
      }
      return buffer.toByteArray();
    }
  }
}
