package nl.vroeg.lake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Work side by side: results in the keys' order; a failure is thrown once all work has ended. */
class InParallelTest {

    @Test
    void runsTheWorkAtOnceAndGivesTheResultsInTheKeysOrder() {
        CountDownLatch all = new CountDownLatch(3); // each waits until all three have started
        Map<String, Integer> lengths = InParallel.map(List.of("drie", "een", "zeventien"), 3, word -> {
            all.countDown();
            try {
                return all.await(10, TimeUnit.SECONDS) ? word.length() : -1;
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals(List.of("drie", "een", "zeventien"), List.copyOf(lengths.keySet()));
        assertEquals(List.of(4, 3, 9), List.copyOf(lengths.values()));
    }

    @Test
    void aFailureIsThrownAfterTheOtherWorkHasEnded() {
        IllegalStateException broken = new IllegalStateException("kapot");
        List<String> done = Collections.synchronizedList(new ArrayList<>());
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> InParallel.forEach(List.of("a", "b", "c"), 2, key -> {
            if (key.equals("a")) throw broken;
            sleep(200);
            done.add(key);
        }));
        assertSame(broken, thrown);
        assertEquals(List.of("b", "c"), done.stream().sorted().toList());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
