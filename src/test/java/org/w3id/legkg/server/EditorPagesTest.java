package org.w3id.legkg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The editor's routes over plain HTTP: its start page, the canned-query page, /$/server, and offline assets. */
class EditorPagesTest {
    static ServerFixture fx;

    @BeforeAll
    static void start() {
        fx = ServerFixture.get();
    }

    @Test
    void theStartPageIsTheFusekiUiWithTheLegkgBar() {
        for (String path : List.of("", "index.html")) {
            HttpResponse<String> r = fx.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
            assertThat(r.body()).contains("<div id=\"app\">", "./static/", "id=\"legkg-bar\"", "href=\"queries\"");
        }
        // every script and style the page loads is served here: nothing comes from elsewhere
        Matcher m = Pattern.compile("(?:src|href)=\"\\./(static/[^\"]+)\"").matcher(fx.get("").body());
        int assets = 0;
        while (m.find()) {
            assertThat(fx.get(m.group(1)).statusCode()).as(m.group(1)).isEqualTo(200);
            assets++;
        }
        assertThat(assets).isGreaterThanOrEqualTo(2);
    }

    @Test
    void theEditorListsTheReadOnlyDataset() {
        JsonObject server = JSON.parse(fx.get("$/server").body());
        var datasets = server.get("datasets").getAsArray();
        assertThat(datasets.size()).isEqualTo(1);
        JsonObject ds = datasets.get(0).getAsObject();
        assertThat(ds.get("ds.name").getAsString().value()).isEqualTo("/sparql");
        var services = ds.get("ds.services").getAsArray();
        List<String> types = new ArrayList<>();
        services.forEach(s -> types.add(s.getAsObject().get("srv.type").getAsString().value()));
        assertThat(types).containsExactly("query");
        assertThat(fx.get("$/stats/sparql").statusCode()).isEqualTo(200);
    }

    @Test
    void theEditorNeverAsksPrefixCc() {
        String index = fx.get("").body();
        boolean rewritten = false;
        Matcher m = Pattern.compile("\\./(static/[^\"]+\\.js)").matcher(index);
        List<String> scripts = new ArrayList<>();
        while (m.find()) scripts.add(m.group(1));
        // the query page's script is loaded later by the app; find it through the main script's imports
        for (String s : new ArrayList<>(scripts)) {
            Matcher imports = Pattern.compile("\"\\./(Query-[A-Za-z0-9_-]+\\.js)\"").matcher(fx.get(s).body());
            while (imports.find()) scripts.add("static/" + imports.group(1));
        }
        for (String s : scripts) {
            String js = fx.get(s).body();
            assertThat(js).as(s).doesNotContain("prefix.cc/popular");
            rewritten |= js.contains(EditorAssets.LOCAL);
        }
        assertThat(rewritten).as("the query script points at ./prefixes.json").isTrue();
        JsonObject prefixes = JSON.parse(fx.get("prefixes.json").body());
        assertThat(prefixes.get("lk").getAsString().value()).isEqualTo("https://w3id.org/legkg/ontology#");
        assertThat(prefixes.get("lkd").getAsString().value()).isEqualTo("https://w3id.org/legkg/id/");
    }

    @Test
    void theCatalogueListsEveryQueryWithARunnableEditorLink() {
        HttpResponse<String> page = fx.get("queries");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        String html = page.body();
        for (String name : ServerFixture.cannedQueryNames()) {
            assertThat(html).contains("id=\"" + name + "\"", "href=\"api/" + name + ".csv");
            Matcher link = Pattern.compile("data-query=\"" + Pattern.quote(name) + "\" href=\"\\./#/dataset/sparql/query\\?query=([^\"]+)\"").matcher(html);
            assertThat(link.find()).as(name + " has an open-in-editor link").isTrue();
            String query = URLDecoder.decode(link.group(1).replace("&amp;", "&"), StandardCharsets.UTF_8);
            QueryFactory.create(query);
        }
        // text from the headers is escaped, never markup
        assertThat(html).doesNotContain("<script");
        String etag = page.headers().firstValue("ETag").orElseThrow();
        assertThat(fx.get("queries", "If-None-Match", etag).statusCode()).isEqualTo(304);
    }
}
