package org.tangier.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.tangier.screening.ScreeningFixtures;

/**
 * A test on the whole server with MockMvc, on in-memory H2 unless the class registers PostgreSQL. Every class with
 * this annotation and the same storage shares one Spring context, with {@link ScreeningFixtures} as a bean to autowire.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest
@AutoConfigureMockMvc
@Import(ScreeningFixtures.class)
public @interface TangierTest {
}
