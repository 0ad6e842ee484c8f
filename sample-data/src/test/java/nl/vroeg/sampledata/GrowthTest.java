package nl.vroeg.sampledata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Signals grew over 2022-2025 (spec: 3.3 to 4.4 per 1,000 inhabitants a month, growing). */
class GrowthTest {

    @Test
    void theSignalRateGrowsFrom2022To2025WithinTheNationalBand() {
        assertEquals(3.5, SignalSimulator.signalsPer1000(2022), 1e-9);
        assertEquals(3.8, SignalSimulator.signalsPer1000(2025), 1e-9);
        assertEquals(3.3, SignalSimulator.signalsPer1000(2015), 1e-9);
        assertEquals(4.4, SignalSimulator.signalsPer1000(2040), 1e-9);
    }

    @Test
    void juneOf2025HasMoreSignalsThanJuneOf2022(@TempDir Path dir) {
        List<String> largest = GeneratorSettings.parseMunicipalities("10");
        long june2022 = signals(dir.resolve("2022"), largest, YearMonth.of(2022, 6));
        long june2025 = signals(dir.resolve("2025"), largest, YearMonth.of(2025, 6));
        // expected ratio 3.8 / 3.5 = 1.086 (inhabitants of 2023 serve 2022, those of 2025 serve 2025)
        assertTrue(june2025 > 1.04 * june2022, june2022 + " in June 2022, " + june2025 + " in June 2025");
    }

    private static long signals(Path dir, List<String> gemeenten, YearMonth month) {
        List<Path> files = new SampleDataGenerator(new GeneratorSettings(gemeenten, month, month, 7)).writeDeliveries(dir, line -> { });
        return DeliveryStats.read(files).signals.size();
    }
}
