package org.personneltracker.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.personneltracker.support.Api.*;
import static org.personneltracker.support.Fixtures.*;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlatformTest {

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        given().get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/events"))
                .body(containsString("/api/companies"));
    }

    @Test
    void healthIsUp() {
        given().get("/q/health").then().statusCode(200).body("status", is("UP"));
    }

    @Test
    void swaggerUiIsReachable() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsStringIgnoringCase("swagger"));
    }

    @Test
    void anOversizedBodyIsA413() {
        String name = unique("Oversized AI");
        StringBuilder big = new StringBuilder("{\"name\": \"" + name + "\", \"description\": \"");
        while (big.length() < 1_100_000) {
            big.append("lorem ipsum dolor sit amet ");
        }
        big.append("\"}");
        admin().body(big.toString()).post("/api/companies").then().spec(problem(413));
        anonymous().queryParam("q", name).get("/api/companies").then().body("total", is(0));
    }

    @Test
    void anUnknownApiPathIsA404Problem() {
        anonymous().get("/api/no-such-resource").then().spec(problem(404));
        anonymous().get("/api/companies/" + createCompany(unique("Platform AI")) + "/no-such-subresource").then().spec(problem(404));
        admin().get("/api/no-such-resource/1").then().spec(problem(404));
    }

    @Test
    void anUnsupportedMethodOrMediaTypeIsAProblem() {
        admin().patch("/api/companies/" + createCompany(unique("Patch AI"))).then().spec(problem(405));
        admin().contentType("text/plain").body("name=x").post("/api/companies").then().spec(problem(415));
    }
}
