package org.w3id.legkg.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.riot.WebContent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Status codes and headers of the linked-data routes: conneg, Vary, Link, caching validators, CORS, errors. */
class HttpBehaviourTest {
    static LinkedDataFixture fx;
    static final String R = "/id/VitaminB12Deficiency";
    /** What OWL API (Protégé's "open from URL") sends, from owlapi DocumentSources. */
    static final String OWLAPI_ACCEPT = "application/rdf+xml, application/xml; q=0.7, text/xml; q=0.6, text/plain; q=0.1, */*; q=0.09";
    static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";
    /** What rdflib's Graph.parse(url) sends with no format: every parser's type, no q values. */
    static final String RDFLIB_ACCEPT = "application/rdf+xml, text/n3, text/turtle, application/n-triples, application/ld+json, application/n-quads, application/trig";

    @BeforeAll
    static void start() {
        fx = LinkedDataFixture.get();
    }

    static String contentType(HttpResponse<?> r) {
        return r.headers().firstValue("Content-Type").orElse("");
    }

    @ParameterizedTest(name = "Accept: {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "|text/turtle",
            "*/*|text/turtle",
            "text/*|text/turtle",
            "text/turtle|text/turtle",
            "application/ld+json|application/ld+json",
            "application/json|application/ld+json",
            "application/n-triples|application/n-triples",
            "application/rdf+xml|application/rdf+xml",
            "application/trig|application/trig",
            "application/n-quads|application/n-quads",
            "text/html|text/html",
            BROWSER_ACCEPT + "|text/html",
            OWLAPI_ACCEPT + "|application/rdf+xml",
            RDFLIB_ACCEPT + "|text/turtle",
            "text/turtle;q=0.5, application/ld+json|application/ld+json",
            "text/turtle;q=0, */*;q=0.1|application/ld+json",
            "not a media type at all|text/turtle"})
    void negotiatesTheRepresentation(String accept, String expected) {
        HttpResponse<String> r = accept == null ? fx.get(R) : fx.get(R, "Accept", accept);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(contentType(r)).startsWith(expected).contains("charset=utf-8");
        assertThat(r.headers().allValues("Vary").toString()).contains("Accept");
        String ext = switch (expected) {
            case "text/turtle" -> "ttl"; case "application/ld+json" -> "jsonld"; case "application/n-triples" -> "nt";
            case "application/rdf+xml" -> "rdf"; case "application/trig" -> "trig"; case "application/n-quads" -> "nq";
            default -> "html";
        };
        assertThat(r.headers().firstValue("Content-Location")).hasValue(R + "." + ext);
        assertThat(r.headers().firstValue("ETag")).hasValueSatisfying(e -> assertThat(e).endsWith("-" + ext + "\""));
    }

    @Test
    void linkHeaderListsEveryAlternateAndEachAnswersWithItsType() {
        HttpResponse<String> r = fx.get(R);
        String link = r.headers().firstValue("Link").orElseThrow();
        Matcher m = Pattern.compile("<([^>]+)>; rel=\"alternate\"; type=\"([^\"]+)\"").matcher(link);
        List<String> types = new ArrayList<>();
        while (m.find()) {
            assertThat(m.group(1)).startsWith(fx.base + R + ".");
            HttpResponse<String> alt = fx.get(m.group(1).substring(fx.base.length()));
            assertThat(alt.statusCode()).as(m.group(1)).isEqualTo(200);
            assertThat(contentType(alt)).as(m.group(1)).startsWith(m.group(2));
            // A suffix URL names one representation: it does not vary by Accept.
            assertThat(alt.headers().allValues("Vary").toString()).doesNotContain("Accept");
            types.add(m.group(2));
        }
        assertThat(types).containsExactlyInAnyOrder(WebContent.contentTypeTurtle, WebContent.contentTypeJSONLD,
                WebContent.contentTypeNTriples, WebContent.contentTypeRDFXML, WebContent.contentTypeTriG,
                WebContent.contentTypeNQuads, WebContent.contentTypeHTML);
    }

    @Test
    void etagAndLastModifiedComeFromTheBuildAndRevalidateWith304() {
        HttpResponse<String> first = fx.get(R, "Accept", "text/turtle");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).startsWith("\"" + fx.store.manifest().fingerprint().substring(0, 16));
        ZonedDateTime lastModified = ZonedDateTime.parse(first.headers().firstValue("Last-Modified").orElseThrow(), DateTimeFormatter.RFC_1123_DATE_TIME);
        assertThat(lastModified.toInstant()).isEqualTo(fx.store.manifest().created().truncatedTo(ChronoUnit.SECONDS));
        assertThat(first.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("max-age"));

        HttpResponse<String> again = fx.get(R, "Accept", "text/turtle", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).hasValue(etag);
        // a list, a weak tag and Jetty's gzip suffix all match the same representation
        assertThat(fx.get(R, "Accept", "text/turtle", "If-None-Match", "\"other\", W/" + etag).statusCode()).isEqualTo(304);
        assertThat(fx.get(R, "Accept", "text/turtle", "If-None-Match", etag.replaceAll("\"$", "--gzip\"")).statusCode()).isEqualTo(304);
        // another representation has another tag, so the Turtle tag does not validate the JSON-LD
        HttpResponse<String> json = fx.get(R, "Accept", "application/ld+json", "If-None-Match", etag);
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("ETag")).isNotEqualTo(first.headers().firstValue("ETag"));
        // If-Modified-Since at or after the build time; before it, the full answer
        String lm = first.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(fx.get(R, "If-Modified-Since", lm).statusCode()).isEqualTo(304);
        assertThat(fx.get(R, "If-Modified-Since", DateTimeFormatter.RFC_1123_DATE_TIME.format(lastModified.minusDays(1))).statusCode()).isEqualTo(200);
        // every route of the build revalidates the same way
        for (String path : List.of("/id/", "/ontology", "/.well-known/void", "/dumps/", "/dumps/legkg.nq.gz")) {
            String tag = fx.get(path).headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag on " + path));
            assertThat(fx.get(path, "If-None-Match", tag).statusCode()).as(path).isEqualTo(304);
        }
    }

    @Test
    void corsHeadersOnAnswersAndErrors() {
        for (String path : List.of(R, "/id/NoSuchThing", "/ontology", "/.well-known/void", "/dumps/legkg.ttl.gz")) {
            HttpResponse<String> r = fx.get(path, "Origin", "https://example.org");
            assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).as(path).isPresent()
                    .hasValueSatisfying(v -> assertThat(v).isIn("*", "https://example.org"));
            assertThat(r.headers().firstValue("Access-Control-Expose-Headers")).as(path)
                    .hasValueSatisfying(v -> assertThat(v).contains("ETag", "Link"));
        }
    }

    @Test
    void unknownNamesAre404AndUnservableTypes406() {
        HttpResponse<String> missing = fx.get("/id/NoSuchThing", "Accept", "text/turtle");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("https://w3id.org/legkg/id/NoSuchThing");
        assertThat(fx.get("/id/NoSuchThing.ttl").statusCode()).isEqualTo(404);
        assertThat(fx.get("/id/VitaminB12Deficiency.xyz").statusCode()).isEqualTo(404);
        assertThat(fx.get("/id/VitaminB12Deficiency/extra").statusCode()).isEqualTo(404);
        HttpResponse<String> htmlMissing = fx.get("/id/NoSuchThing", "Accept", "text/html");
        assertThat(htmlMissing.statusCode()).isEqualTo(404);
        assertThat(contentType(htmlMissing)).startsWith("text/html");

        for (String accept : List.of("image/png", "application/pdf, image/*", "text/turtle;q=0")) {
            HttpResponse<String> r = fx.get(R, "Accept", accept);
            assertThat(r.statusCode()).as(accept).isEqualTo(406);
            assertThat(r.body()).as(accept).contains("text/turtle", "application/ld+json", R + ".ttl");
            assertThat(r.headers().allValues("Vary").toString()).contains("Accept");
        }
        assertThat(fx.get("/ontology", "Accept", "image/png").statusCode()).isEqualTo(406);
        assertThat(fx.get("/.well-known/void", "Accept", "text/html;q=1, image/png").statusCode()).isEqualTo(406);
    }

    @Test
    void headHasTheHeadersWithoutABodyAndWritesAreRefused() {
        HttpResponse<String> get = fx.get(R, "Accept", "application/ld+json");
        HttpResponse<String> head = fx.send("HEAD", R, "Accept", "application/ld+json");
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("ETag")).isEqualTo(get.headers().firstValue("ETag"));
        assertThat(head.headers().firstValue("Content-Length")).isEqualTo(get.headers().firstValue("Content-Length"));
        // a repeat is served from the rendered-body cache: same bytes
        assertThat(fx.get(R, "Accept", "application/ld+json").body()).isEqualTo(get.body());
        HttpResponse<String> post = fx.send("POST", R);
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).hasValueSatisfying(a -> assertThat(a).contains("GET"));
    }
}
