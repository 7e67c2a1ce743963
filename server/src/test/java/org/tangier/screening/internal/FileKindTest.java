package org.tangier.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileKindTest {

    static byte[] bytes(int... b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = (byte) b[i];
        }
        return out;
    }

    @Test
    void picturesDocumentsArchivesAndProgramsAreNamed() {
        assertThat(FileKind.of(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A))).isEqualTo("a PNG image");
        assertThat(FileKind.of(bytes(0xFF, 0xD8, 0xFF, 0xE0))).isEqualTo("a JPEG image");
        assertThat(FileKind.of("%PDF-1.4".getBytes(StandardCharsets.US_ASCII))).isEqualTo("a PDF document");
        assertThat(FileKind.of(bytes('P', 'K', 3, 4, 0))).startsWith("a ZIP archive");
        assertThat(FileKind.of(bytes(0xD0, 0xCF, 0x11, 0xE0))).isEqualTo("an old Excel or Word file");
        assertThat(FileKind.of("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo("a Windows program");
        assertThat(FileKind.of(bytes('a', 'b', 0, 'c'))).isEqualTo("a binary file");
    }

    @Test
    void textManifestsPass() {
        assertThat(FileKind.of("reference,name\nA,Karim".getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(FileKind.of("[{\"name\":\"كريم\"}]".getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(FileKind.of(new byte[0])).isNull();
    }
}
