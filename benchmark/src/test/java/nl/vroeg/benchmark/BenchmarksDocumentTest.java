package nl.vroeg.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BenchmarksDocumentTest {

    static final String SECTION = "## Maandelijkse run";

    @Test
    void createsTheDocumentWithTheSection() {
        String doc = BenchmarksDocument.update("", SECTION, "How to run.", "### run 1\n\n| table |\n");

        assertEquals("# Benchmarks\n\n## Maandelijkse run\n\nHow to run.\n\n### run 1\n\n| table |\n", doc);
    }

    @Test
    void keepsOtherSectionsAndAddsNewRunsFirst() {
        String doc = """
                # Benchmarks

                ## Ingest

                Ingest figures.

                ## Maandelijkse run

                Old intro.

                ### run 1

                | old table |

                ## Transform

                Transform figures.
                """;

        String updated = BenchmarksDocument.update(doc, SECTION, "New intro.", "### run 2\n\n| new table |\n");

        assertEquals("""
                # Benchmarks

                ## Ingest

                Ingest figures.

                ## Maandelijkse run

                New intro.

                ### run 2

                | new table |

                ### run 1

                | old table |

                ## Transform

                Transform figures.
                """, updated);
    }

    @Test
    void replacesARunWithTheSameHeading() {
        String once = BenchmarksDocument.update("", SECTION, "Intro.", "### run 1\n\nfirst figures\n");
        String twice = BenchmarksDocument.update(once, SECTION, "Intro.", "### run 1\n\nsecond figures\n");

        assertTrue(twice.contains("second figures"));
        assertTrue(!twice.contains("first figures"));
        assertEquals(1, twice.split("### run 1", -1).length - 1);
    }

    @Test
    void appendsTheSectionAfterOthers() {
        String doc = "# Benchmarks\n\n## Ingest\n\nIngest figures.\n\n";

        String updated = BenchmarksDocument.update(doc, SECTION, "Intro.", "### run 1\n\nfigures\n");

        assertEquals("# Benchmarks\n\n## Ingest\n\nIngest figures.\n\n## Maandelijkse run\n\nIntro.\n\n### run 1\n\nfigures\n", updated);
    }
}
