package id.satudata.portal.browser;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * axe-core accessibility checks in the browser journeys. The script is the npm package
 * {@code axe-core}, a devDependency pinned to one version in package.json and
 * package-lock.json (with its integrity hash), which the production build's npm install
 * puts in node_modules; nothing is downloaded while the tests run.
 */
final class Axe {

    private static final Path SCRIPT = Path.of("node_modules/axe-core/axe.min.js");

    private Axe() {
    }

    static Path script() {
        if (!Files.isRegularFile(SCRIPT)) {
            throw new IllegalStateException(SCRIPT.toAbsolutePath()
                    + " is missing: the browser tests run after the production build (./mvnw -Pproduction verify),"
                    + " whose npm install adds the pinned axe-core devDependency");
        }
        return SCRIPT;
    }

    /**
     * The serious and critical violations of WCAG 2 A/AA rules on the page, as "rule:
     * targets".
     */
    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(Page page) {
        page.addScriptTag(new Page.AddScriptTagOptions().setPath(script()));
        Object found = page.evaluate("""
                async () => {
                  const result = await axe.run(document, {
                    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
                    resultTypes: ['violations']
                  });
                  return result.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ': ' + v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(' | '));
                }""");
        return (List<String>) found;
    }

}
