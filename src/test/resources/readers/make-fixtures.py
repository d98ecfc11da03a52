# Builds a small invented bulletin as flat ODF; soffice converts it to .docx/.doc/.pdf/.txt.
import html
title = "某县优化营商环境 工作专报"
paras = [
 ("h", "【经验做法】"),
 ("p", "北京推行企业开办“一网通办”2.0 版，把营业执照、公章刻制、发票申领和社保登记合在一张表里，申请人在网上填一次信息即可办完，平均用时从三个工作日压缩到半天。区县政务服务中心设立帮办窗口，由专人指导第一次办事的申请人，遇到材料不全的情况当场告知需要补充的内容，做到一次告知、一次办好。"),
 ("p", "上海在园区试行“标准地”出让，土地出让前先完成区域评估，把环评、能评、水土保持等评估结果直接交给拿地企业使用，企业拿地后即可开工。园区还建立项目服务专员制度，每个重点项目配一名专员，从签约、拿地到竣工验收全程跟进，协调解决水电气接入和施工许可等问题。"),
 ("p", "广州开展涉企收费专项清理，对行政事业性收费、经营服务性收费和行业协会收费逐项核对，清理不合规收费项目 12 项，为企业减轻负担约 3600 万元。同时公布收费目录清单，清单之外一律不得收费，企业可通过 12345 热线或政务网站举报违规收费行为。"),
 ("h", "【县内推进】"),
 ("p", "长沙县推出“拿地即开工”服务，把施工图审查、工程规划许可和施工许可并联办理，企业在签订土地出让合同的同时领取全部开工手续。县里还对中小企业推行容缺受理，主要材料齐全、次要材料有欠缺的先予受理，企业承诺在规定时间内补齐，审批部门同步开展审查，让项目早落地、早投产、早见效。"),
 ("p", "株洲市打造“15 分钟政务服务圈”，在乡镇和社区布设自助服务终端 86 台，群众在家门口就能办理社保查询、不动产登记查询和公积金提取等 120 多个事项。市里定期开展“局长走流程”活动，由部门负责人以普通办事人身份体验办事全过程，查找堵点难点，当月整改到位并向社会公布整改结果。"),
 ("p", "湘潭市建立企业诉求“接诉即办”机制，企业反映的问题由专班统一受理、分类转办、限时办结，办理结果由企业评价，不满意的重新办理。今年以来共受理企业诉求 418 件，办结率 98%，满意率 96%。市里把诉求办理情况纳入部门绩效考核，对推诿扯皮、久拖不决的单位进行通报。"),
 ("p", "衡阳市推进涉企检查“综合查一次”，把同一时间对同一企业的多项检查合并为一次联合检查，检查结果互认共享，避免多头检查、重复检查。全市编制年度检查计划，计划外检查须报批准，今年涉企检查次数同比下降四成，企业普遍反映干扰明显减少，可以把更多精力放在生产经营上。"),
 ("c", "报：县委、县政府主要领导"),
 ("c", "联系电话：0746-1234567　电子邮箱：test@example.org"),
]
def p(kind, text):
    style = {"h": "Heading", "p": "Body", "c": "Plain"}[kind]
    return f'<text:p text:style-name="{style}">{html.escape(text, quote=False)}</text:p>\n'
body = []
body.append(f'<text:p text:style-name="Title">{title}</text:p>\n')
body.append('<text:p text:style-name="Center">第 3 期</text:p>\n')
# the masthead's issuer and date laid out in a one-row table, as some offices do
body.append('''<table:table table:name="Masthead" table:style-name="Tbl"><table:table-column table:number-columns-repeated="2"/>
<table:table-row><table:table-cell office:value-type="string"><text:p text:style-name="Plain">县优化营商环境工作专班</text:p></table:table-cell>
<table:table-cell office:value-type="string"><text:p text:style-name="Plain">2024 年 3 月 5 日</text:p></table:table-cell></table:table-row></table:table>\n''')
body.append('<text:p text:style-name="Plain"/>\n')
note = ('编者按：本期介绍几地优化营商环境的做法，供各单位参考'
        '<text:note text:id="n1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body>'
        '<text:p text:style-name="Plain">脚注里的字不是正文。</text:p></text:note-body></text:note>。'
        '<draw:frame draw:name="Box" text:anchor-type="paragraph" svg:x="12cm" svg:y="0cm" svg:width="3cm" svg:height="1.5cm" draw:z-index="0">'
        '<draw:text-box><text:p text:style-name="Plain">文本框里的字</text:p></draw:text-box></draw:frame>')
plain_note = '编者按：本期介绍几地优化营商环境的做法，供各单位参考。'
body.append("NOTE")
for k, t in paras:
    body.append(p(k, t))
doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Noto Serif CJK SC" svg:font-family="'Noto Serif CJK SC'"/></office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:text-properties style:font-name="Noto Serif CJK SC" fo:font-size="16pt" style:font-name-asian="Noto Serif CJK SC" style:font-size-asian="16pt" fo:language="zh" fo:country="CN"/></style:default-style>
 <style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:text-indent="32pt" fo:line-height="28pt"/></style:style>
 <style:style style:name="Plain" style:family="paragraph"><style:paragraph-properties fo:line-height="28pt"/></style:style>
 <style:style style:name="Center" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:line-height="28pt"/></style:style>
 <style:style style:name="Heading" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:line-height="28pt"/><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
 <style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="12pt"/><style:text-properties fo:font-size="26pt" style:font-size-asian="26pt" fo:color="#cc0000"/></style:style>
 <style:style style:name="HF" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="12pt" style:font-size-asian="12pt"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="1.5cm" fo:margin-left="2.8cm" fo:margin-right="2.6cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="1.2cm" fo:margin-bottom="0.5cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="1.2cm" fo:margin-top="0.5cm"/></style:footer-style></style:page-layout>
 <style:style style:name="Tbl" style:family="table"><style:table-properties style:width="15.6cm" table:align="margins"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A4">
 <style:header><text:p text:style-name="HF">某县优化营商环境工作专报</text:p></style:header>
 <style:footer><text:p text:style-name="HF">— <text:page-number text:select-page="current">1</text:page-number> —</text:p></style:footer>
</style:master-page></office:master-styles>
<office:body><office:text>
{''.join(body)}</office:text></office:body></office:document>
'''
for name, text in (("bulletin", plain_note), ("word-extras", note)):
    open(name + ".fodt", "w", encoding="utf-8").write(doc.replace("NOTE", f'<text:p text:style-name="Body">{text}</text:p>', 1))
