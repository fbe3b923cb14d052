package dev.aliendb.storage.pager;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link IntIntMap} and {@link IntLinkedSet} against java.util models under random operations. */
class IntCollectionsTest {
    @Test
    void intIntMapBehavesLikeAHashMap() {
        Random random = new Random(5);
        IntIntMap map = new IntIntMap(4);
        Map<Integer, Integer> model = new HashMap<>();
        for (int i = 0; i < 200_000; i++) {
            int key = 1 + random.nextInt(3000);
            if (i % 50_000 == 49_999) {
                map.clear();
                model.clear();
            }
            switch (random.nextInt(3)) {
                case 0 -> assertEquals(model.getOrDefault(key, IntIntMap.MISSING), map.get(key));
                case 1 -> assertEquals(orMissing(model.put(key, i)), map.put(key, i));
                default -> assertEquals(orMissing(model.remove(key)), map.remove(key));
            }
            assertEquals(model.size(), map.size());
        }
        for (Map.Entry<Integer, Integer> e : model.entrySet()) {
            assertEquals((int) e.getValue(), map.get(e.getKey()));
        }
    }

    private static int orMissing(Integer value) {
        return value == null ? IntIntMap.MISSING : value;
    }

    @Test
    void intLinkedSetKeepsListOrder() {
        Random random = new Random(6);
        IntLinkedSet set = new IntLinkedSet();
        LinkedHashSet<Integer> model = new LinkedHashSet<>();
        for (int i = 0; i < 100_000; i++) {
            int key = 1 + random.nextInt(500);
            switch (random.nextInt(4)) {
                case 0 -> assertEquals(model.add(key), set.add(key));
                case 1 -> assertEquals(model.remove(key), set.remove(key));
                case 2 -> {
                    boolean present = model.remove(key);
                    if (present) {
                        model.add(key);
                    }
                    assertEquals(present, set.moveToTail(key));
                }
                default -> {
                    int mod = 2 + random.nextInt(5);
                    int expected = model.stream().filter(k -> k % mod == 0).findFirst().orElse(0);
                    model.remove(expected);
                    assertEquals(expected, set.removeFirst(k -> k % mod == 0));
                }
            }
            assertEquals(model.size(), set.size());
        }
        List<Integer> drained = new ArrayList<>();
        for (int k = set.removeFirst(x -> true); k != 0; k = set.removeFirst(x -> true)) {
            drained.add(k);
        }
        assertEquals(new ArrayList<>(model), drained);
    }
}
