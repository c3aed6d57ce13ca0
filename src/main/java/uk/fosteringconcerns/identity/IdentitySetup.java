package uk.fosteringconcerns.identity;

import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.fosteringconcerns.cluster.StartupLock;

/**
 * Start-up: groups, authorizations and Tasklist filters; demo users only when the demo profile asks. Runs under the
 * cluster's start-up lock, so nodes starting at the same moment do it one after the other (issue 9).
 */
@Component
@Order(0)
public class IdentitySetup implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(IdentitySetup.class);

  private final ProcessEngine engine;
  private final boolean demoUsers;
  private final StartupLock startupLock;

  public IdentitySetup(ProcessEngine engine, @Value("${fostering.demo-users:false}") boolean demoUsers,
      StartupLock startupLock) {
    this.engine = engine;
    this.demoUsers = demoUsers;
    this.startupLock = startupLock;
  }

  @Override
  public void run(ApplicationArguments args) {
    startupLock.exclusively("identity-setup", this::setUp);
  }

  private void setUp() {
    AccessSetup access = new AccessSetup(engine.getIdentityService(), engine.getAuthorizationService());
    access.createGroups();
    access.grantPermissions();
    new TasklistFilters(engine.getFilterService(), engine.getTaskService()).createOrUpdate().values()
        .forEach(access::grantFilter);
    if (demoUsers) {
      access.createDemoUsers();
      LOG.warn("""

          ************************************************************************
          *  DEMO PROFILE: demo users with the password 'demo' exist.             *
          *  Never run the 'demo' profile with real cases or on a shared server.  *
          ************************************************************************""");
    }
  }
}
