package nl.vroeg.benchmark;

import java.util.ArrayList;
import java.util.List;

/**
 * docs/BENCHMARKS.md: each benchmark keeps its own level-2 section ({@code ## Maandelijkse run}); other sections
 * (other helpers' {@code ## Ingest}, {@code ## Transform}, ...) are left exactly as they are. Within the section
 * each run is a level-3 heading (date, scale, commit), newest first; a run with the same heading replaces the old.
 */
final class BenchmarksDocument {

    static final String TITLE = "# Benchmarks";

    private BenchmarksDocument() {
    }

    /**
     * @param document the file's current text ("" when it does not exist yet)
     * @param section  the level-2 heading line, e.g. {@code ## Maandelijkse run}
     * @param intro    the section's text before its runs (how to run it), rewritten each time
     * @param run      the new run: its level-3 heading line first
     */
    static String update(String document, String section, String intro, String run) {
        List<String> lines = new ArrayList<>(document.isBlank() ? List.of(TITLE, "") : document.lines().toList());
        int start = lines.indexOf(section);
        int end;
        List<String> runs = new ArrayList<>();
        if (start < 0) {
            while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) lines.remove(lines.size() - 1);
            lines.add("");
            start = lines.size();
            end = start;
        } else {
            end = start + 1;
            while (end < lines.size() && !isLevel2(lines.get(end))) end++;
            runs = runs(lines.subList(start + 1, end));
        }
        String runHeading = run.lines().findFirst().orElseThrow();
        List<String> kept = new ArrayList<>();
        kept.add(run.strip());
        for (String old : runs) {
            if (!old.lines().findFirst().orElse("").equals(runHeading)) kept.add(old.strip());
        }
        List<String> replacement = new ArrayList<>();
        replacement.add(section);
        replacement.add("");
        replacement.addAll(intro.strip().lines().toList());
        for (String r : kept) {
            replacement.add("");
            replacement.addAll(r.lines().toList());
        }
        if (end < lines.size()) replacement.add("");
        List<String> result = new ArrayList<>(lines.subList(0, start));
        result.addAll(replacement);
        result.addAll(lines.subList(end, lines.size()));
        return String.join("\n", result) + "\n";
    }

    /** The level-3 blocks of a section's body (its intro dropped). */
    private static List<String> runs(List<String> body) {
        List<String> runs = new ArrayList<>();
        StringBuilder current = null;
        for (String line : body) {
            if (line.startsWith("### ")) {
                if (current != null) runs.add(current.toString());
                current = new StringBuilder();
            }
            if (current != null) current.append(line).append('\n');
        }
        if (current != null) runs.add(current.toString());
        return runs;
    }

    private static boolean isLevel2(String line) {
        return line.startsWith("## ");
    }
}
