package uk.fosteringconcerns.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers that may hold case data (the engine's REST API, the webapps' API, the product's own /api) are never
 * cached by a browser or a proxy and never sniffed into another content type.
 */
public class SecurityHeadersFilter extends OncePerRequestFilter {

  static void addHeaders(HttpServletResponse response) {
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Pragma", "no-cache");
    response.setHeader("X-Content-Type-Options", "nosniff");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    addHeaders(response);
    chain.doFilter(request, new jakarta.servlet.http.HttpServletResponseWrapper(response) {
      // Camunda's own cache filter would set "no-cache" later; no-store wins
      @Override
      public void setHeader(String name, String value) {
        if (!"Cache-Control".equalsIgnoreCase(name) && !"Pragma".equalsIgnoreCase(name)) {
          super.setHeader(name, value);
        }
      }

      @Override
      public void addHeader(String name, String value) {
        if (!"Cache-Control".equalsIgnoreCase(name) && !"Pragma".equalsIgnoreCase(name)) {
          super.addHeader(name, value);
        }
      }
    });
  }
}
