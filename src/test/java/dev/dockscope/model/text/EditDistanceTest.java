package dev.dockscope.model.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EditDistanceTest {
    @ParameterizedTest
    @CsvSource({
        "image, image, 0",
        "netwrok, network, 1",
        "helth, health, 1",
        "ngnix, nginx, 1",
        "kitten, sitting, 3",
        "'', abc, 3",
        "abc, '', 3",
        "ca, abc, 3",
    })
    void countsInsertionsDeletionsSubstitutionsAndNeighbourSwaps(String a, String b, int expected) {
        assertEquals(expected, EditDistance.between(a, b));
        assertEquals(expected, EditDistance.between(b, a));
    }
}
