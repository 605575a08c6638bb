package vn.bienphong.emulation.system;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Requests to one instance's public API, as a caller with a bearer token. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification as(ServiceProcess instance, String token) {
        return given().baseUri(instance.url()).auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }
}
