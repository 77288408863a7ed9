package id.satudata.portal.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test that needs the shared reference material beside the checkout ({@code ../shared}:
 * real portal files, the official DCAT-AP 3 shapes, the SOP texts). JUnit tag "shared":
 * the Maven profile {@code shared}, active where that folder exists, runs the group; the
 * build log says in one line whether it ran.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Tag(SharedMaterial.TAG)
public @interface SharedMaterial {

    String TAG = "shared";

}
