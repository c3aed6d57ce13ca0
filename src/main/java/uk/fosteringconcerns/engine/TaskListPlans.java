package uk.fosteringconcerns.engine;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Has PostgreSQL plan a worker's task list with the values of its query (issue 18). The engine checks a worker's
 * right to each task in the list's SQL; a plan cached for any worker cannot see how few of the team's task grants are
 * the worker's, and for a team of 2,860 open tasks took 1.3 s instead of 31 ms. Planning every statement afresh
 * ({@code plan_cache_mode=force_custom_plan}) for the whole connection, as before, made every step of a case about a
 * fifth slower (each of its ~90 statements planned again). So only the task-list reads get it: the request runs in
 * one read transaction that starts with {@code SET LOCAL plan_cache_mode = force_custom_plan}, which ends with it, and
 * with {@code SET LOCAL enable_material = off}, so that the worker's grants are probed task by task (see
 * {@link CustomPlans#forTaskLists}).
 *
 * <p>Task-list reads (see {@link CustomPlans}): Tasklist's filter list and count, and the task query and count of the
 * REST API, by GET or by POST (a query in the body). Nothing else is wrapped: a completion or a start keeps a
 * transaction per engine command. The transaction is rolled back at the end, as a task query writes nothing.
 */
public class TaskListPlans extends OncePerRequestFilter {

  /** Paths, after the engine's REST root, of the task-list reads. */
  static final Pattern TASK_LIST = Pattern.compile(".*/engine/[^/]+/(filter/[^/]+/(list|count)|task(/count)?)/?$"
      + "|^/engine-rest/(filter/[^/]+/(list|count)|task(/count)?)/?$");

  private final DataSource dataSource;
  private final TransactionTemplate transaction;

  public TaskListPlans(DataSource dataSource, PlatformTransactionManager transactions) {
    this.dataSource = dataSource;
    this.transaction = new TransactionTemplate(transactions);
  }

  static boolean isTaskListRead(HttpServletRequest request) {
    String method = request.getMethod();
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return ("GET".equals(method) || "POST".equals(method)) && TASK_LIST.matcher(path).matches();
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !isTaskListRead(request);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Exception[] failure = new Exception[1];
    transaction.executeWithoutResult(status -> {
      CustomPlans.forTaskLists(dataSource);
      try {
        // the engine's commands join this transaction (the Camunda starter's Spring transaction integration)
        chain.doFilter(request, response);
      } catch (IOException | ServletException e) {
        failure[0] = e;
      }
      status.setRollbackOnly();
    });
    if (failure[0] instanceof IOException e) {
      throw e;
    }
    if (failure[0] instanceof ServletException e) {
      throw e;
    }
  }
}
