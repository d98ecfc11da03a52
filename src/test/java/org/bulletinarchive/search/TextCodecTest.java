package org.bulletinarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class TextCodecTest {

    private static final String BULLETIN = String.join("\n", SampleBulletinSite.paragraphs());

    @Test
    void givesBackTheTextItPacked() {
        String table = TextCodec.table(List.of(BULLETIN));
        assertThat(TextCodec.unpack(TextCodec.pack(BULLETIN, table), table)).isEqualTo(BULLETIN);
    }

    @Test
    void givesBackUnitsThatLookLikeItsOwnCodes() {
        String table = TextCodec.table(List.of(BULLETIN));
        String odd = "\u007f~\u007f0a Ā" + (char) (TextCodec.TABLE_BASE + 3) + "·×é—\u2028😀😀😀 <b>营商环境营商环境</b>\u007f";
        assertThat(TextCodec.unpack(TextCodec.pack(odd, table), table)).isEqualTo(odd);
        assertThat(TextCodec.unpack(TextCodec.pack(odd, ""), "")).isEqualTo(odd);
    }

    @Test
    void packsTheSampleBulletinIntoLessThanThreeQuartersOfItsBytes() {
        String table = TextCodec.table(List.of(BULLETIN));
        int packed = TextCodec.pack(BULLETIN, table).getBytes(StandardCharsets.UTF_8).length;
        assertThat(packed).isLessThan(BULLETIN.getBytes(StandardCharsets.UTF_8).length * 3 / 4);
    }

    @Test
    void keepsTheTableToCharactersOfThreeBytesThatRecur() {
        String table = TextCodec.table(List.of("营商环境营商，a£"));
        assertThat(table).isEqualTo("商营");
    }
}
