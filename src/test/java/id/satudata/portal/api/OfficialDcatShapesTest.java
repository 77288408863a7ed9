package id.satudata.portal.api;

import id.satudata.portal.test.SharedFiles;
import id.satudata.portal.test.SharedMaterial;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.Shapes;

/**
 * The same catalogue checks against the official DCAT-AP 3.0.0 shapes: the combined
 * release file (mandatory, cardinality, datatype and class constraints) plus the HTML
 * edition's shapes and its class-range shapes (every object of a property typed with its
 * range class), read from the shared folder.
 */
@SharedMaterial
class OfficialDcatShapesTest extends DcatCatalogTest {

    private static final List<String> SHAPES = List.of("dcat-ap/shapes/dcat-ap-SHACL.ttl",
            "dcat-ap/shapes/html-shacl/shapes.ttl", "dcat-ap/shapes/html-shacl/range.ttl");

    private static Shapes official;

    @Override
    Shapes shapes() {
        if (official == null) {
            Model union = ModelFactory.createDefaultModel();
            SHAPES.forEach(file -> RDFDataMgr.read(union, SharedFiles.path(file).toUri().toString(), Lang.TURTLE));
            official = Shapes.parse(union.getGraph());
        }
        return official;
    }

}
