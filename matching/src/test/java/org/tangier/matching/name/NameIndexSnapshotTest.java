package org.tangier.matching.name;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A name index read back from its snapshot answers every query as the index that wrote it did. */
class NameIndexSnapshotTest {

    @TempDir
    Path dir;

    private static PersonEntry person(int id, List<String> dates, List<String> nationalities, Gender gender,
            String... names) {
        List<PersonName> list = new ArrayList<>();
        list.add(PersonName.primary(names[0]));
        for (int i = 1; i < names.length; i++) list.add(PersonName.alias(names[i]));
        return new PersonEntry(id, list, dates.stream().map(BirthDate::parse).toList(), nationalities, gender);
    }

    private static NameIndex sample() {
        NameIndex index = new NameIndex();
        index.put(person(1, List.of("1961-05-10"), List.of("MA"), Gender.MALE, "Abdellatif Hammouchi",
                "عبد اللطيف حموشي", "A. Hamouchi"));
        index.put(person(2, List.of("1974"), List.of("MA", "FR"), Gender.MALE, "Mohammed bin Salman Hammouchi"));
        index.put(person(3, List.of(), List.of(), Gender.FEMALE, "Slobodanka Milošević", "Милошевич Слободанка"));
        index.put(person(4, List.of("1980-02"), List.of("CN"), Gender.UNKNOWN, "福特森 阿佩尔", "Fortson Appel"));
        index.put(person(5, List.of(), List.of(), Gender.UNKNOWN, "Jean-Pierre Dupont"));
        for (int i = 100; i < 400; i++) {
            index.put(person(i, List.of((1950 + i % 50) + "-01-01"), List.of(), Gender.UNKNOWN,
                    "Muhammad Nasser " + (char) ('a' + i % 26) + "x" + i));
        }
        index.put(person(2, List.of("1974"), List.of("MA"), Gender.MALE, "Mohammed Salman Hammouchi")); // replaced
        index.remove(150);
        return index;
    }

    private static final List<String> QUERIES = List.of("Abdel Latif Hamouchi", "عبد اللطيف حموشي",
            "Mohamed Hamouchi", "Slobodanka Milosevic", "ヴィクトル ベッカー", "Fortson Apel", "Jean Pierre Dupond",
            "Muhammad Nasser ex150", "Muhammad Nasser fx151", "Nasser");

    @Test
    void aLoadedIndexFindsAndScoresLikeTheIndexThatWroteIt() throws IOException {
        NameIndex written = sample();
        Path file = dir.resolve("names.snap");
        written.writeSnapshot(file);
        NameIndex loaded = NameIndex.readSnapshot(file, MatchThresholds.DEFAULT);

        assertThat(loaded.size()).isEqualTo(written.size());
        for (String q : QUERIES) {
            List<Candidate> expected = written.search(PersonQuery.name(q), id -> true, 10);
            List<Candidate> found = loaded.search(PersonQuery.name(q), id -> true, 10);
            assertThat(found).as(q).hasSameSizeAs(expected);
            for (int i = 0; i < found.size(); i++) {
                assertThat(found.get(i).id()).as(q).isEqualTo(expected.get(i).id());
                assertThat(found.get(i).score()).as(q).isEqualTo(expected.get(i).score());
                assertThat(found.get(i).match().explanation()).as(q).isEqualTo(expected.get(i).match().explanation());
            }
        }
        assertThat(loaded.score(PersonQuery.name("Muhammad Nasser ex150"), 150)).as("removed before the snapshot").isNull();
        assertThat(loaded.search(PersonQuery.name("Mohammed bin Salman Hammouchi"), id -> true, 1).get(0).id()).isEqualTo(2);
    }

    @Test
    void aLoadedIndexTakesChangesLikeAnyOther() throws IOException {
        Path file = dir.resolve("names.snap");
        sample().writeSnapshot(file);
        NameIndex loaded = NameIndex.readSnapshot(file, MatchThresholds.DEFAULT);

        loaded.put(person(1, List.of(), List.of(), Gender.MALE, "Karim Bennani"));
        loaded.put(person(600, List.of(), List.of(), Gender.MALE, "Abdellatif Hammouchi"));
        loaded.remove(3);

        assertThat(loaded.search(PersonQuery.name("Karim Bennani"), id -> true, 1).get(0).id()).isEqualTo(1);
        assertThat(loaded.search(PersonQuery.name("Abdel Latif Hamouchi"), id -> true, 1).get(0).id()).isEqualTo(600);
        assertThat(loaded.search(PersonQuery.name("Slobodanka Milosevic"), id -> true, 5))
                .noneMatch(c -> c.id() == 3);
        Path again = dir.resolve("again.snap");
        loaded.writeSnapshot(again);
        assertThat(NameIndex.readSnapshot(again, MatchThresholds.DEFAULT).size()).isEqualTo(loaded.size());
    }

    @Test
    void aDamagedOrCutFileIsRefused() throws IOException {
        Path file = dir.resolve("names.snap");
        sample().writeSnapshot(file);
        long size = Files.size(file);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.seek(size / 2);
            int b = f.read();
            f.seek(size / 2);
            f.write(b ^ 0x5a);
        }
        assertThatThrownBy(() -> NameIndex.readSnapshot(file, MatchThresholds.DEFAULT)).isInstanceOf(IOException.class);

        Path cut = dir.resolve("cut.snap");
        sample().writeSnapshot(cut);
        try (RandomAccessFile f = new RandomAccessFile(cut.toFile(), "rw")) {
            f.setLength(Files.size(cut) - 5);
        }
        assertThatThrownBy(() -> NameIndex.readSnapshot(cut, MatchThresholds.DEFAULT)).isInstanceOf(IOException.class);

        Path other = dir.resolve("other.snap");
        Files.writeString(other, "not a snapshot of anything at all, but long enough");
        assertThatThrownBy(() -> NameIndex.readSnapshot(other, MatchThresholds.DEFAULT))
                .isInstanceOf(IOException.class).hasMessageContaining("not a Tangier name index snapshot");
    }
}
