package nl.vroeg.ingest;

/** A file that cannot be read at all: nothing of it lands. The message (Dutch) names the file and the place. */
public final class FileRejectedException extends RuntimeException {

    public FileRejectedException(String message) {
        super(message);
    }
}
