package nl.vroeg.lake;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.DelegateToFileSystem;

/**
 * {@link SandboxFileSystem} for Hadoop's other file API (FileContext, used by some log stores and checkpoint
 * managers), so that neither API of the researchers' session reaches past the guard.
 */
public final class SandboxFs extends DelegateToFileSystem {

    public SandboxFs(URI uri, Configuration conf) throws IOException, URISyntaxException {
        super(uri, new SandboxFileSystem(), conf, "file", false);
    }
}
