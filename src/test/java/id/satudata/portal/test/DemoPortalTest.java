package id.satudata.portal.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * A portal test on a database holding the demo data (one shared context for all such
 * tests).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@PortalTest
@TestPropertySource(properties = "satudata.demo.enabled=true")
public @interface DemoPortalTest {

}
