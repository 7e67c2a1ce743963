package org.tangier.biometrics;

import com.machinezoo.sourceafis.FingerprintTemplate;
import java.util.Arrays;

/**
 * The enrolled prints of one finger (or of unknown fingers), in parallel arrays so that a search walks them without
 * touching a map. Removal moves the last print into the hole, so the arrays stay dense. Not thread-safe: the
 * {@link Gallery} guards it.
 */
final class Partition {

    String[] subjects = new String[16];
    FingerPosition[] positions = new FingerPosition[16];
    FingerprintTemplate[] templates = new FingerprintTemplate[16];
    EdgeKeys.Candidate[] edges = new EdgeKeys.Candidate[16];
    Gallery.Slot[] slots = new Gallery.Slot[16];
    int size;
    long memoryBytes;

    void add(Gallery.Slot slot, Template template) {
        if (size == subjects.length) {
            int capacity = size * 2;
            subjects = Arrays.copyOf(subjects, capacity);
            positions = Arrays.copyOf(positions, capacity);
            templates = Arrays.copyOf(templates, capacity);
            edges = Arrays.copyOf(edges, capacity);
            slots = Arrays.copyOf(slots, capacity);
        }
        subjects[size] = slot.subjectId;
        positions[size] = slot.position;
        templates[size] = template.sourceafis();
        edges[size] = template.edges();
        slots[size] = slot;
        slot.index = size;
        slot.memoryBytes = template.memoryBytes();
        memoryBytes += slot.memoryBytes;
        size++;
    }

    void remove(Gallery.Slot slot) {
        int hole = slot.index, last = size - 1;
        memoryBytes -= slot.memoryBytes;
        subjects[hole] = subjects[last];
        positions[hole] = positions[last];
        templates[hole] = templates[last];
        edges[hole] = edges[last];
        slots[hole] = slots[last];
        slots[hole].index = hole;
        subjects[last] = null;
        positions[last] = null;
        templates[last] = null;
        edges[last] = null;
        slots[last] = null;
        size--;
    }
}
