package org.bulletinarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class PostingsCodecTest {

    /** The decoder of search.js, transcribed: [doc, impact] pairs. */
    static List<int[]> decode(String p, int n) {
        List<int[]> out = new ArrayList<>();
        if (p.charAt(0) == 'b') {
            int len = (n + 5) / 6;
            for (int i = 0; i < len; i++) {
                int v = PostingsCodec.ALPHABET.indexOf(p.charAt(1 + i));
                for (int j = 0; j < 6; j++) {
                    if ((v & 1 << j) != 0) {
                        out.add(new int[] {i * 6 + j, 0});
                    }
                }
            }
            for (int i = 0; i < out.size(); i++) {
                int v = PostingsCodec.ALPHABET.indexOf(p.charAt(1 + len + i / 2));
                out.get(i)[1] = i % 2 == 1 ? v & 7 : v >> 3;
            }
            return out;
        }
        long acc = 0;
        int prev = -1;
        for (int i = 1; i < p.length(); i++) {
            int v = PostingsCodec.ALPHABET.indexOf(p.charAt(i));
            acc = acc * 32 + (v & 31);
            if (v < 32) {
                prev += (int) (acc >> 3) + 1;
                out.add(new int[] {prev, (int) (acc & 7)});
                acc = 0;
            }
        }
        return out;
    }

    @Test
    void roundTripsSparseAndDensePostings() {
        Random random = new Random(7);
        for (int density : new int[] {1, 10, 50, 95}) {
            int n = 5000;
            int[] docs = new int[n];
            int[] impacts = new int[n];
            int count = 0;
            for (int d = 0; d < n; d++) {
                if (random.nextInt(100) < density) {
                    docs[count] = d;
                    impacts[count++] = random.nextInt(8);
                }
            }
            String encoded = PostingsCodec.body(docs, impacts, count, n);
            assertThat(encoded.charAt(0)).isEqualTo(density >= 50 ? 'b' : 's');
            List<int[]> decoded = decode(encoded, n);
            assertThat(decoded).hasSize(count);
            for (int i = 0; i < count; i++) {
                assertThat(decoded.get(i)).containsExactly(docs[i], impacts[i]);
            }
        }
    }

    @Test
    void writesSmallGapsInOneCharacterAndLargeOnesWithContinuationDigits() {
        assertThat(PostingsCodec.sparse(new int[] {0, 1, 2}, new int[] {7, 0, 3}, 3)).isEqualTo("s703");
        assertThat(PostingsCodec.docs(new int[] {0, 40}, 2)).isEqualTo("0x7"); // 39 = 1*32 + 7
    }

    @Test
    void usesOnlyCharactersThatNeedNoEscapingInAString() {
        assertThat(PostingsCodec.ALPHABET).hasSize(64).doesNotContain("\"", "\\", "<", "'");
    }
}
