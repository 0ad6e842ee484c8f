package nl.vroeg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The product's version: Maven's project version, written into {@code versie.properties} when the jar is built. */
final class ProductVersion implements IVersionProvider {

    static String get() {
        Properties properties = new Properties();
        try (InputStream in = ProductVersion.class.getResourceAsStream("versie.properties")) {
            if (in != null) properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("versie", "onbekend");
    }

    @Override
    public String[] getVersion() {
        return new String[] {"vroeg " + get()};
    }
}
