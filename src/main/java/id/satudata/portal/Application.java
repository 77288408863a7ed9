package id.satudata.portal;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;
import id.satudata.portal.ops.OpsCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Starts the portal; also the Vaadin app shell that loads the theme for every page. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles.css")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        // "backup --to=FILE" and "restore --from=FILE" run without a web server and exit
        ConfigurableApplicationContext context = SpringApplication.run(Application.class, OpsCommand.prepare(args));
        if (OpsCommand.isCommand(args)) {
            System.exit(SpringApplication.exit(context));
        }
    }

}
