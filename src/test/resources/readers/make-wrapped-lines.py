# Builds the invented bulletin "wrapped-lines" in five files, for the tests of how printed lines are
# joined into paragraphs (SourceReaderTest, BatchImportTest):
#   wrapped-lines.txt         text as copied out of a PDF: blank-line blocks, lines wrapped inside them,
#                             the back matter on consecutive lines of one block, a paragraph ending 。（市水利局）
#   wrapped-lines.docx/.doc   LibreOffice, from the generated flat ODT
#   wrapped-lines-writer.pdf  LibreOffice Writer's PDF export of that .docx: the title wraps after a full
#                             line (…改革开放高地 / 工作简报), 。 and ， hang in the right margin, a paragraph
#                             goes on across the page break
#   wrapped-lines.pdf         headless Chromium's print of the generated HTML (body text left-aligned, as a
#                             web page prints): the same title wrap, 办结率 / 91.9%。 on two lines with the
#                             first one short, a paragraph going on across the page break
# Run from this folder: python3 make-wrapped-lines.py (needs soffice, /usr/bin/chromium and the Noto Serif
# CJK SC font; made with LibreOffice 7.4 and Chromium 156). Re-running changes bytes; other versions or fonts
# may wrap the lines elsewhere, so check the wraps above with pdftotext -layout before committing.
# Every name, figure, address and phone number in it is made up.
import html
import os
import shutil
import subprocess
import tempfile

TITLE = "常德市打造内陆地区改革开放高地工作简报"
NUMBER = "总第3307期"
IMPRINT = "市委办公室编印　2024年5月6日"
# (kind, text); "|" marks where the .txt wraps a line inside its block
BODY = [
    ("p", "为落实全市打造内陆地区改革开放高地推进会的部署，各单位围绕项目建设、政务服务和开放|平台三个方面抓落实、见成效。现将近期工作进展摘报如下。"),
    ("h", "一、项目建设提速"),
    ("p", "市发改委：建立重大项目“周调度、月通报”机制，对全市86个重点项目逐一明确责任领导和时间节点。今年以来，市级层面解决用地、用电、融资问题143个，办结率91.9%。下一步将对进度滞后的项目实行挂牌督办，确保|全年投资目标如期完成。"),
    ("p", "市水利局围绕沅江防洪治理工程，提前完成征地拆迁和施工图审查，主体工程较计划提前两个月开工，累计完成投资2.3亿元。（市水利局）"),
    ("p", "市住建局推行工程建设项目“拿地即开工”，将施工许可、质量安全监督等手续并联办理，审批时间压减至5个工作日以内，今年|已有12个项目实现拿地即开工。"),
    ("h", "二、政务服务提质"),
    ("p", "市政务服务中心深化“一件事一次办”改革，新增企业迁移、员工录用等高频事项套餐18个。推行“周末不打烊”服务，累计为群众办件2600余件。开通企业诉求直通车，企业和群众可发送电子邮件至changdezwfw@example.org反映诉求，办理结果由企业评价，评价不满意的重新办理。"),
    ("b", "报：市委、市人民政府主要领导同志。"),
    ("b", "送：湖南省打造内陆地区改革开放高地领导小组办公室。"),
    ("b", "发：各镇（街道），市直各单位。"),
    ("b", "联系电话：0731-87886600"),
    ("b", "（共印 60 份）"),
]
FONT = "Noto Serif CJK SC"


def txt():
    blocks = [TITLE[:15] + "\n" + TITLE[15:], NUMBER, IMPRINT]
    for kind, text in BODY:
        if kind != "b":
            blocks.append(text.replace("|", "\n"))
    blocks.append("\n".join(text for kind, text in BODY if kind == "b"))
    return "\n\n".join(blocks) + "\n"


def page_html():
    css = f"""@page {{ size: A4; margin: 2.5cm; @bottom-center {{ content: "— " counter(page) " —"; font-size: 12pt; }} }}
body {{ margin: 0; font-family: "{FONT}", serif; font-size: 17pt; line-height: 1.7; }}
p {{ margin: 0; text-align: start; }}
.t {{ color: #d40000; font-size: 30pt; font-weight: bold; text-align: center; line-height: 1.35; }}
.m {{ text-align: center; }}
.p {{ text-indent: 2em; }}
.h {{ text-indent: 2em; font-weight: bold; }}
.b {{ font-size: 14pt; }}"""
    rows = [f'<p class="t">{TITLE}</p>', f'<p class="m">{NUMBER}</p>', f'<p class="m">{IMPRINT}</p>']
    rows += [f'<p class="{kind}">{html.escape(text.replace("|", ""))}</p>' for kind, text in BODY]
    return f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>{css}</style></head><body>\n' \
        + "\n".join(rows) + "\n</body></html>\n"


def fodt():
    style = {"t": "Title", "m": "Meta", "p": "Body", "h": "Heading", "b": "Back"}
    paras = [("t", TITLE), ("m", NUMBER), ("m", IMPRINT)] + BODY
    body = "".join(f'<text:p text:style-name="{style[k]}">{html.escape(t.replace("|", ""), quote=False)}</text:p>\n' for k, t in paras)
    size = lambda pt: f'fo:font-size="{pt}pt" style:font-size-asian="{pt}pt"'
    bold = 'fo:font-weight="bold" style:font-weight-asian="bold"'
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="{FONT}" svg:font-family="'{FONT}'"/></office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:text-properties style:font-name="{FONT}" style:font-name-asian="{FONT}" {size(16)} fo:language="zh" fo:country="CN" style:language-asian="zh" style:country-asian="CN"/></style:default-style>
 <style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="start" fo:text-indent="32pt" fo:line-height="150%"/></style:style>
 <style:style style:name="Heading" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:text-indent="32pt" fo:line-height="150%"/><style:text-properties {bold}/></style:style>
 <style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:line-height="130%"/><style:text-properties fo:color="#d40000" {size(30)} {bold}/></style:style>
 <style:style style:name="Meta" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:line-height="150%"/></style:style>
 <style:style style:name="Back" style:family="paragraph"><style:paragraph-properties fo:line-height="150%"/><style:text-properties {size(14)}/></style:style>
 <style:style style:name="Footer" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties {size(12)}/></style:style>
</office:styles>
<office:automatic-styles><style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
 <style:footer-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-top="0.5cm"/></style:footer-style></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A4">
 <style:footer><text:p text:style-name="Footer">— <text:page-number text:select-page="current">1</text:page-number> —</text:p></style:footer>
</style:master-page></office:master-styles>
<office:body><office:text>
{body}</office:text></office:body></office:document>
'''


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    name = "wrapped-lines"
    with tempfile.TemporaryDirectory() as work:
        open(os.path.join(here, name + ".txt"), "w", encoding="utf-8").write(txt())
        open(os.path.join(work, name + ".fodt"), "w", encoding="utf-8").write(fodt())
        open(os.path.join(work, name + ".html"), "w", encoding="utf-8").write(page_html())
        lo = ["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{work}/profile"]
        for target in ("docx:MS Word 2007 XML", "doc:MS Word 97"):
            subprocess.run(lo + ["--convert-to", target, "--outdir", here, os.path.join(work, name + ".fodt")], check=True, capture_output=True)
        os.makedirs(os.path.join(work, "writer"))
        shutil.copy(os.path.join(here, name + ".docx"), os.path.join(work, "writer"))
        subprocess.run(lo + ["--convert-to", "pdf", "--outdir", os.path.join(work, "writer"), os.path.join(work, "writer", name + ".docx")], check=True, capture_output=True)
        shutil.move(os.path.join(work, "writer", name + ".pdf"), os.path.join(here, name + "-writer.pdf"))
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", f"--user-data-dir={work}/chromium",
                        "--print-to-pdf=" + os.path.join(here, name + ".pdf"), "file://" + os.path.join(work, name + ".html")], check=True, capture_output=True)


main()
