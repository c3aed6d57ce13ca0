package uk.fosteringconcerns.testing;

import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.community.process_test_coverage.engine.platform7.ElementCoverageParseListener;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageConfigurator;
import org.camunda.community.process_test_coverage.junit5.common.ProcessEngineCoverageExtensionBuilder;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;

/**
 * Flow-node coverage of the engine-only process tests (camunda-process-test-coverage 3.0.0).
 *
 * <pre>
 * {@literal @}RegisterExtension
 * static ProcessEngineCoverageExtension engine = Coverage.extension();          // Dorset profile
 * static ProcessEngineCoverageExtension engine = Coverage.extension("dudley");  // another profile
 * </pre>
 *
 * <p>The extension records which flow nodes and sequence flows each test class passes through, writes
 * {@code target/process-test-coverage/<test class>/report.json} (and a report.html to look at the paths), and fails
 * the class when its coverage of the models it ran is below {@link #minimum()}. The build also fails when a model's
 * coverage summed over all test classes is below the minimum ({@code uk.fosteringconcerns.modeling.ModelCoverageGateTest}).
 *
 * <p>The minimum is the Maven property {@code coverage.minimum} (0.9), passed to the tests as the system property of
 * the same name.
 */
public final class Coverage {

  /** System property (set by the pom from the Maven property of the same name) holding the minimum coverage. */
  public static final String MINIMUM_PROPERTY = "coverage.minimum";

  /** Used when the tests run outside Maven (e.g. from an IDE). */
  public static final double DEFAULT_MINIMUM = 0.9;

  private Coverage() {}

  /** The minimum coverage of every model: {@code -Dcoverage.minimum}, 0.9 by default. */
  public static double minimum() {
    String value = System.getProperty(MINIMUM_PROPERTY);
    return value == null || value.isBlank() || value.startsWith("${") ? DEFAULT_MINIMUM : Double.parseDouble(value);
  }

  /** A coverage-recording engine with the product's beans ({@link ProcessEngineFixture}), Dorset profile. */
  public static ProcessEngineCoverageExtension extension() {
    return extension(ProcessEngineFixture.DORSET);
  }

  /** A coverage-recording engine with the product's beans ({@link ProcessEngineFixture}) for the given profile. */
  public static ProcessEngineCoverageExtension extension(String profile) {
    return extension(ProcessEngineFixture.configuration(profile));
  }

  /** A coverage-recording engine built from the given (not yet built) configuration. */
  public static ProcessEngineCoverageExtension extension(ProcessEngineConfiguration configuration) {
    return builder(configuration).build();
  }

  /**
   * The builder behind {@link #extension(ProcessEngineConfiguration)}, to add options (e.g.
   * {@code excludeProcessDefinitionKeys}); the class coverage assertion is already set.
   */
  public static ProcessEngineCoverageExtensionBuilder<ProcessEngineCoverageExtension> builder(
      ProcessEngineConfiguration configuration) {
    enableCoverage(configuration);
    return ProcessEngineCoverageExtension.builder(configuration).assertClassCoverageAtLeast(minimum());
  }

  /**
   * Adds the coverage parse listener and compensation handler to an engine configuration (once). Without them the
   * extension records nothing ("test method coverage could not be calculated").
   */
  public static void enableCoverage(ProcessEngineConfiguration configuration) {
    if (configuration instanceof ProcessEngineConfigurationImpl impl) {
      boolean enabled = impl.getCustomPostBPMNParseListeners() != null
          && impl.getCustomPostBPMNParseListeners().stream().anyMatch(ElementCoverageParseListener.class::isInstance);
      if (!enabled) {
        ProcessCoverageConfigurator.initializeProcessCoverageExtensions(impl);
      }
    }
  }
}
