package id.satudata.portal.base.db;

import com.zaxxer.hikari.HikariDataSource;
import id.satudata.portal.base.config.PortalProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded PostgreSQL 18 (data kept in {@code <data-dir>/pg}, so a restart
 * keeps it) when no {@code spring.datasource.url} is configured; with a URL, Spring
 * Boot's own DataSource is used instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(PortalProperties portal, EmbeddedDatabaseProperties properties) {
        return EmbeddedDatabase.start(portal.dataPath().resolve("pg"), properties);
    }

    // the same pool settings (spring.datasource.hikari.*) as with an external server
    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedDatabase database) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(database.jdbcUrl());
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(20);
        dataSource.setPoolName("embedded-" + database.database());
        return dataSource;
    }

}
