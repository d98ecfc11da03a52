package org.bulletinarchive.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.bulletinarchive.importer.PdfReader.Line;
import org.bulletinarchive.importer.PdfReader.Page;
import org.junit.jupiter.api.Test;

/**
 * How the PDF reader joins printed lines into paragraphs, on pages laid out here line by line as a word
 * processor or a browser lays them out: A4, text from 71 to 524 pt, 16 pt characters, Latin at half width.
 */
class PdfParagraphsTest {

    private static final float LEFT = 71;
    private static final float RIGHT = 524;
    private static final float INDENT = 32;

    /** Lines of a document, page by page, in the order they are added. */
    private static final class Layout {
        private final List<Page> pages = new ArrayList<>();
        private List<Line> lines = new ArrayList<>();
        private float size = 16;
        private float pitch = 28;
        private float baseline = 120;
        private boolean bold;
        private int number;

        /** A flush-left line as wide as its text. */
        Layout left(String text) {
            return add(text, LEFT, LEFT + width(text));
        }

        /** A flush-left line stretched to the right edge (justified). */
        Layout full(String text) {
            return add(text, LEFT, RIGHT);
        }

        /** A paragraph's first line, indented by two characters and stretched to the right edge. */
        Layout indentFull(String text) {
            return add(text, LEFT + INDENT, RIGHT);
        }

        /** A paragraph's first line, indented by two characters, as wide as its text. */
        Layout indent(String text) {
            return add(text, LEFT + INDENT, LEFT + INDENT + width(text));
        }

        Layout centre(String text) {
            float w = width(text);
            return add(text, (LEFT + RIGHT - w) / 2, (LEFT + RIGHT + w) / 2);
        }

        Layout rightAligned(String text) {
            return add(text, RIGHT - width(text), RIGHT);
        }

        /** A line whose last glyph hangs in the right margin, as LibreOffice prints a 。 or ， at the end of a full line. */
        Layout hanging(String text) {
            return add(text, LEFT, RIGHT + size);
        }

        Layout size(float points, float linePitch) {
            size = points;
            pitch = linePitch;
            return this;
        }

        Layout bold(boolean on) {
            bold = on;
            return this;
        }

        Layout gap(float points) {
            baseline += points;
            return this;
        }

        Layout newPage() {
            pages.add(new Page(pages.size() + 1, 595, 842, lines));
            lines = new ArrayList<>();
            baseline = 120;
            return this;
        }

        private Layout add(String text, float left, float right) {
            lines.add(new Line(++number, pages.size() + 1, text, left, right, baseline, size, firstWord(text), bold));
            baseline += pitch;
            return this;
        }

        private float width(String text) {
            return (float) text.codePoints().mapToDouble(c -> c < 0x2000 ? size / 2 : size).sum();
        }

        /** What a renderer cannot break at the start: a Latin run (91.9%) or one character, with the punctuation after it. */
        private float firstWord(String text) {
            int end = 1;
            if (text.charAt(0) < 0x2000) {
                while (end < text.length() && text.charAt(end) < 0x2000 && text.charAt(end) != ' ') {
                    end++;
                }
            }
            while (end < text.length() && PageBreakRepair.cannotStartLine(text.charAt(end))) {
                end++;
            }
            return width(text.substring(0, end));
        }

        List<String> paragraphs() {
            if (!lines.isEmpty()) {
                newPage();
            }
            return PdfReader.layout(pages).blocks().stream().map(Block::text).toList();
        }
    }

    @Test
    void joinsALineThatEndsNoSentenceToTheNextWhateverItsWidth() {
        List<String> paragraphs = new Layout()
                .indentFull("市发改委：建立重大项目“周调度、月通报”机制，对全市")
                .left("86个重点项目逐一明确责任。今年以来共解决问题143个，办结率")
                .full("91.9%。下一步将对进度滞后的项目实行挂牌督办，确保全年投资")
                .left("目标如期完成。")
                .indentFull("市水利局围绕沅江防洪治理工程，提前完成征地拆迁和施工图审")
                .left("查。")
                .paragraphs();
        assertThat(paragraphs).containsExactly(
                "市发改委：建立重大项目“周调度、月通报”机制，对全市86个重点项目逐一明确责任。今年以来共解决问题143个，办结率91.9%。"
                        + "下一步将对进度滞后的项目实行挂牌督办，确保全年投资目标如期完成。",
                "市水利局围绕沅江防洪治理工程，提前完成征地拆迁和施工图审查。");
    }

    @Test
    void keepsALineThatEndsASentenceAtTheRightEdgeInItsParagraph() {
        List<String> paragraphs = new Layout()
                .indentFull("为落实全市推进会的部署，各单位围绕项目建设、政务服")
                .hanging("务和开放平台三个方面抓落实、见成效，取得了明显成效。")
                .full("现将近期工作进展摘报如下，供各地学习借鉴，请结合实际")
                .left("抓好落实。")
                .indent("市发改委建立重大项目调度机制。")
                .paragraphs();
        assertThat(paragraphs).containsExactly(
                "为落实全市推进会的部署，各单位围绕项目建设、政务服务和开放平台三个方面抓落实、见成效，取得了明显成效。现将近期工作进展摘报如下，供各地学习借鉴，请结合实际抓好落实。",
                "市发改委建立重大项目调度机制。");
    }

    @Test
    void endsAParagraphAtALineThatEndsASentenceWhereTheNextWordWouldHaveFitted() {
        // paragraphs without first-line indent, as some offices set them
        List<String> paragraphs = new Layout()
                .full("市发改委建立重大项目调度机制，对全市86个重点项目逐一明确")
                .left("责任领导和时间节点。")
                .full("市水利局围绕沅江防洪治理工程，提前完成征地拆迁和施工图审")
                .left("查，累计完成投资2.3亿元。（市水利局）")
                .full("市住建局推行工程建设项目“拿地即开工”，审批时间压减至5个")
                .left("工作日以内。")
                .paragraphs();
        assertThat(paragraphs).containsExactly("市发改委建立重大项目调度机制，对全市86个重点项目逐一明确责任领导和时间节点。",
                "市水利局围绕沅江防洪治理工程，提前完成征地拆迁和施工图审查，累计完成投资2.3亿元。（市水利局）",
                "市住建局推行工程建设项目“拿地即开工”，审批时间压减至5个工作日以内。");
    }

    @Test
    void keepsALineThatEndsASentenceShortOfTheEdgeWhenTheNextWordDidNotFit() {
        List<String> paragraphs = new Layout()
                .indentFull("市政务服务中心开通企业诉求直通车，企业和群众可发送")
                .left("电子邮件反映诉求，也可拨打热线电话咨询办理进度。")
                .full("changdezwfw@example.org 受理后三个工作日内答复，评价不满意的重新办理。")
                .left("今年以来共受理诉求418件。")
                .paragraphs();
        assertThat(paragraphs).hasSize(1);
    }

    @Test
    void startsAParagraphAtAnItemMarkAHeadingNumberOrABackMatterLine() {
        List<String> paragraphs = new Layout()
                .full("各县市区认真落实市委、市政府部署，推出了一批务实管用的改")
                .left("革举措，现摘编如下")
                .left("◆ 道县")
                .indent("聚焦办事不求人，设立办不成事反映窗口")
                .left("（一）园区服务")
                .left("1. 长沙县")
                .indent("在经济技术开发区推行园区事园区办")
                .left("报：市委、市人民政府主要领导同志，省优化办")
                .left("联系电话：0731-87886600")
                .left("（共印 60 份）")
                .paragraphs();
        assertThat(paragraphs).containsExactly("各县市区认真落实市委、市政府部署，推出了一批务实管用的改革举措，现摘编如下", "◆ 道县",
                "聚焦办事不求人，设立办不成事反映窗口", "（一）园区服务", "1. 长沙县", "在经济技术开发区推行园区事园区办",
                "报：市委、市人民政府主要领导同志，省优化办", "联系电话：0731-87886600", "（共印 60 份）");
    }

    @Test
    void joinsACentredTitleThatWrappedAfterAFullLineWithoutASpace() {
        List<String> paragraphs = new Layout()
                .size(30, 56).bold(true)
                .centre("常德市打造内陆地区改革开放高地")
                .centre("工作简报")
                .size(16, 34).bold(false)
                .centre("总第3307期")
                .centre("市委办公室编印 2024年5月6日")
                .indentFull("为落实全市打造内陆地区改革开放高地推进会的部署，各单")
                .full("位围绕项目建设、政务服务和开放平台三个方面抓落实、见")
                .left("成效。")
                .paragraphs();
        assertThat(paragraphs.subList(0, 3)).containsExactly("常德市打造内陆地区改革开放高地工作简报", "总第3307期", "市委办公室编印 2024年5月6日");
    }

    @Test
    void keepsTwoCentredTitleLinesApartWhenTheFirstHadRoomLeft() {
        List<String> paragraphs = new Layout()
                .size(30, 56).bold(true)
                .centre("永州市打好优化发展环境持久仗")
                .centre("工作简报")
                .size(16, 34).bold(false)
                .centre("第 17 期")
                .indentFull("9月以来，全市各县市区认真落实市委、市政府关于打好优化")
                .full("发展环境持久仗的部署要求，聚焦园区服务、政务服务和要素保")
                .left("障等重点领域。")
                .paragraphs();
        assertThat(paragraphs.subList(0, 3)).containsExactly("永州市打好优化发展环境持久仗", "工作简报", "第 17 期");
    }

    @Test
    void keepsABoldHeadingLineThatStoppedShortApartFromTheTextAfterIt() {
        List<String> paragraphs = new Layout()
                .full("各县市区认真落实市委、市政府部署，推出了一批务实管用的改")
                .left("革举措。")
                .bold(true).left("重点企业走访").bold(false)
                .full("市工商联组织商会负责人走访重点企业42家，收集问题诉求37条，")
                .left("均已转交有关部门办理。")
                .paragraphs();
        assertThat(paragraphs).containsExactly("各县市区认真落实市委、市政府部署，推出了一批务实管用的改革举措。", "重点企业走访",
                "市工商联组织商会负责人走访重点企业42家，收集问题诉求37条，均已转交有关部门办理。");
    }

    @Test
    void startsAParagraphAtAnotherFontSizeAWideGapAndAfterARightAlignedLine() {
        List<String> paragraphs = new Layout()
                .indentFull("市政务服务中心深化“一件事一次办”改革，新增企业迁移、员")
                .left("工录用等高频事项套餐18个，累计办件2600余件，群众满意率")
                .gap(40)
                .left("附件：高频事项套餐清单")
                .rightAligned("市委办公室")
                .left("附件目录另行印发")
                .size(14, 24)
                .left("市委、市人民政府主要领导同志，省打好优化发展环境持久仗工作")
                .paragraphs();
        assertThat(paragraphs).containsExactly("市政务服务中心深化“一件事一次办”改革，新增企业迁移、员工录用等高频事项套餐18个，累计办件2600余件，群众满意率",
                "附件：高频事项套餐清单", "市委办公室", "附件目录另行印发", "市委、市人民政府主要领导同志，省打好优化发展环境持久仗工作");
    }

    @Test
    void continuesAParagraphOnTheNextPageUnlessItsLastLineEndedASentenceWithRoomLeft() {
        List<String> paragraphs = new Layout()
                .indentFull("市政务服务中心深化“一件事一次办”改革，新增企业迁移、员")
                .full("工录用等高频事项套餐18个。推行“周末不打烊”服务，累计为")
                .left("群众办件2600余件，开通企业诉求直通车，企业可")
                .newPage()
                .full("发送邮件反映诉求，办理结果由企业评价，评价不满意的重新办")
                .left("理。")
                .full("报送材料的单位要在月底前完成自查，对发现的问题建立台账，")
                .left("限期整改。")
                .paragraphs();
        assertThat(paragraphs).containsExactly(
                "市政务服务中心深化“一件事一次办”改革，新增企业迁移、员工录用等高频事项套餐18个。推行“周末不打烊”服务，累计为"
                        + "群众办件2600余件，开通企业诉求直通车，企业可发送邮件反映诉求，办理结果由企业评价，评价不满意的重新办理。",
                "报送材料的单位要在月底前完成自查，对发现的问题建立台账，限期整改。");
    }
}
