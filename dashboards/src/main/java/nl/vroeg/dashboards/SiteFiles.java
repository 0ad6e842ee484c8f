package nl.vroeg.dashboards;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes the site's files under one folder. Each file is written beside its place and moved there in one step, so
 * a web server serving the folder never hands out half a page.
 */
final class SiteFiles {

    /** The ECharts build inside the webjar on the class path. */
    static final String ECHARTS = "/META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";

    private final Path root;

    SiteFiles(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    Path write(String relative, String text) {
        return write(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    Path write(String relative, byte[] bytes) {
        Path target = root.resolve(relative);
        try {
            Files.createDirectories(target.getParent());
            // not createTempFile: its 0600 mode would hide the page from the web server
            Path draft = target.resolveSibling("." + target.getFileName() + ".tmp");
            Files.write(draft, bytes);
            return Files.move(draft, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Kan het dashboard niet schrijven in " + root + " (" + relative + ")", e);
        }
    }

    /** Copies a class-path resource (the style sheet, the script, ECharts) into the site. */
    Path copyResource(String resource, String relative) {
        try (InputStream in = SiteFiles.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("Ontbrekend onderdeel van het dashboard: " + resource);
            return write(relative, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
