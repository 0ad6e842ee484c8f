package nl.vroeg.sampledata;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Writes {@code gemeentebeleid.csv} (inputs.md section 3): per municipality one row valid from a date in 2020-2022,
 * and for about a third a second row from a date in 2024-2025 (policy changed). About 64% use a threshold amount,
 * usually 75 euros; the home-visit capacity follows size and outreach; most have an automatic BRP check.
 */
final class PolicyWriter {

    static final String HEADER = "gemeentecode;geldig_vanaf;drempelbedrag;huisbezoek_capaciteit_per_maand;brp_koppeling";

    /** One municipality (current or old code) with its size and outreach. */
    record Entry(String gmCode, long inwoners, double outreach) {
    }

    private PolicyWriter() {
    }

    static Path write(Path dir, List<Entry> entries, long seed) {
        Path file = dir.resolve("gemeentebeleid.csv");
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            out.write(HEADER + "\n");
            for (Entry entry : entries) {
                Random random = Seeds.random(seed, "beleid " + entry.gmCode());
                LocalDate from = LocalDate.of(2020 + random.nextInt(3), 1 + random.nextInt(12), 1);
                String threshold = threshold(random);
                int capacity = capacity(entry, random);
                boolean brp = random.nextDouble() < 0.7;
                row(out, entry.gmCode(), from, threshold, capacity, brp);
                if (random.nextDouble() < 0.33) {
                    LocalDate changed = LocalDate.of(2024 + random.nextInt(2), 1 + random.nextInt(12), 1);
                    String newThreshold = random.nextDouble() < 0.5 ? threshold(random) : threshold;
                    int newCapacity = Math.max(1, (int) Math.round(capacity * (0.8 + 0.5 * random.nextDouble())));
                    row(out, entry.gmCode(), changed, newThreshold, newCapacity, brp || random.nextDouble() < 0.5);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Kon " + file + " niet schrijven", e);
        }
        return file;
    }

    private static String threshold(Random random) {
        if (random.nextDouble() >= 0.64) return "";
        double r = random.nextDouble();
        return r < 0.75 ? "75" : r < 0.85 ? "50" : r < 0.95 ? "100" : "150";
    }

    /** Home visits a month: about 0.15-0.65 per 1,000 inhabitants, more where outreach is high. */
    private static int capacity(Entry entry, Random random) {
        double perThousand = 0.15 + 0.4 * entry.outreach() + 0.1 * random.nextDouble();
        return Math.max(2, (int) Math.round(entry.inwoners() / 1000.0 * perThousand));
    }

    private static void row(Writer out, String code, LocalDate from, String threshold, int capacity, boolean brp) throws IOException {
        out.write(code + ";" + from + ";" + threshold + ";" + capacity + ";" + (brp ? "ja" : "nee") + "\n");
    }
}
