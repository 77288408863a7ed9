package id.satudata.portal.api;

import id.satudata.portal.api.ckan.CkanAction;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI 3 description at {@code /api/openapi.json} (springdoc): the controllers'
 * paths, with the CKAN action dispatcher replaced by one path per action (GET with query
 * parameters, POST with a JSON object), described from {@link CkanAction}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDescription {

    @Bean
    OpenAPI portalOpenApi() {
        return new OpenAPI().info(new Info().title("Satu Data Portal — open API")
            .version("1")
            .description("CKAN Action API v3 subset, DCAT-AP 3 catalogue, Frictionless data packages and the push "
                    + "API. Anonymous callers see released (public) datasets only. Calls are rate limited per "
                    + "client (429 with Retry-After).")
            .license(new License().name("CC-BY-4.0").url("https://creativecommons.org/licenses/by/4.0/")));
    }

    @Bean
    OpenApiCustomizer ckanActionPaths() {
        return openApi -> {
            openApi.getPaths().keySet().removeIf(path -> path.contains("/action/{name}"));
            for (CkanAction action : CkanAction.values()) {
                openApi.getPaths().addPathItem("/api/3/action/" + action.actionName(), pathItem(action));
            }
        };
    }

    private static PathItem pathItem(CkanAction action) {
        Operation get = operation(action, "get");
        Operation post = operation(action, "post");
        ObjectSchema body = new ObjectSchema();
        for (CkanAction.Param param : action.params()) {
            get.addParametersItem(new Parameter().in("query")
                .name(param.name())
                .description(param.description())
                .required(param.required())
                .schema(schema(param.type())));
            body.addProperty(param.name(), schema(param.type()).description(param.description()));
            if (param.required()) {
                body.addRequiredItem(param.name());
            }
        }
        post.requestBody(new RequestBody()
            .content(new Content().addMediaType("application/json", new MediaType().schema(body))));
        return new PathItem().get(get).post(post);
    }

    private static Operation operation(CkanAction action, String method) {
        ApiResponses responses = new ApiResponses()
            .addApiResponse("200", json("CKAN envelope {help, success: true, result}"))
            .addApiResponse("400", json("Bad request (a JSON string) or Search Query Error"))
            .addApiResponse("404", json("Not Found Error (also for datasets that are not released)"))
            .addApiResponse("409", json("Validation Error: {field: [messages], __type}"))
            .addApiResponse("429", json("Rate Limit Error; see Retry-After"));
        return new Operation().operationId(action.actionName() + "_" + method)
            .addTagsItem("CKAN Action API")
            .summary(action.summary())
            .responses(responses);
    }

    private static ApiResponse json(String description) {
        return new ApiResponse().description(description)
            .content(new Content().addMediaType("application/json", new MediaType().schema(new ObjectSchema())));
    }

    private static Schema<?> schema(String type) {
        return switch (type) {
            case "integer" -> new io.swagger.v3.oas.models.media.IntegerSchema();
            case "boolean" -> new io.swagger.v3.oas.models.media.BooleanSchema();
            default -> new StringSchema();
        };
    }

}
