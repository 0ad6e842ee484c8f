package nl.vroeg.ingest;

/** The Dutch wording of a whole-file rejection, the same for every kind of delivery. */
final class Rejection {

    private Rejection() {
    }

    /** @param reason what is wrong and where (row or line), never a value from the file */
    static FileRejectedException of(String fileName, String reason) {
        return new FileRejectedException("Bestand " + fileName + " afgewezen: " + reason + ". Er is niets van ingelezen.");
    }
}
