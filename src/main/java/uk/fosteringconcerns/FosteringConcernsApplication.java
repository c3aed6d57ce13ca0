package uk.fosteringconcerns;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class FosteringConcernsApplication {
  public static void main(String[] args) {
    SpringApplication.run(FosteringConcernsApplication.class, args);
  }
}
