package id.satudata.portal.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A portal test with the real HTTP server on a random port, for the open API. One trusted
 * proxy hop, so each {@link ApiClient} is its own client for the rate limit (small
 * buckets, so the limit test is quick).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "satudata.api.rate-limit.forwarded-hops=1", "satudata.api.rate-limit.capacity=40",
                "satudata.api.rate-limit.per-minute=60" })
@ActiveProfiles("test")
public @interface ApiWebTest {

}
