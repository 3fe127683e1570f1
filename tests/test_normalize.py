"""Normalisation: each step's text and its offset map back to the original (seeds and properties)."""

from __future__ import annotations

import random

import itertools
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from fpcheck import normalize as norm
from fpcheck.extract import extract
from fpcheck.normalize import (
    Normalized,
    drop_invisibles,
    drop_digit_group_commas,
    drop_digit_group_spaces,
    drop_footnote_marks,
    drop_page_breaks,
    drop_stamps,
    drop_term_quotes,
    join_cell_lines,
    join_flat_tables,
    split_pipe_rows,
    split_slashed_rows,
    split_space_rows,
    split_tab_rows,
    join_spaced_ideographs,
    join_label_lines,
    join_chunk_markers,
    join_wrapped_lines,
    load_synonyms,
    normalize,
    numerals_to_digits,
    ocr_figures,
    strip_html,
    to_halfwidth,
    to_simplified,
    unify_line_breaks,
    wan_qian,
    unspin,
)

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def seed(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def check_map(n: Normalized) -> None:
    """The invariants every step's result must keep."""
    assert len(n.origin) == len(n.text) + 1
    assert n.origin[-1] == len(n.original)
    assert all(a <= b for a, b in zip(n.origin, n.origin[1:]))
    assert all(0 <= o <= len(n.original) for o in n.origin)
    for i in range(len(n.text)):
        s, e = n.to_original(i, i + 1)
        assert 0 <= s < e <= len(n.original)
    s, e = n.to_original(0, len(n.text))
    assert 0 <= s <= e <= len(n.original)


def check_chars_kept(n: Normalized) -> None:
    """Every char of a step's result that it did not rewrite maps back to the same char of the original."""
    for i, ch in enumerate(n.text):
        assert n.original[n.to_original(i, i + 1)[0]] == ch


def dropping(step: Callable[[Normalized], Normalized], original: str) -> Normalized:
    """A step that only takes chars out, run on ``original``: its map kept valid and every char left its own."""
    n = step(Normalized.identity(original))
    check_map(n)
    check_chars_kept(n)
    return n


# --- plain text: no traditional chars, full-width forms, markers, synonyms or Chinese numerals ----------

_NUMERAL_CHARS = set("零〇○一二三四五六七八九十百千万亿两兩萬億")
_SPUN_CHARS = {c for syn in load_synonyms().entries for c in syn.wrong}
_CANDIDATES = (
    "的是在我有他这中大来上个国到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日"
    "起还发成事只作当想看文无开手用主行方又如前所本见经头面公同已老从动长知民样现分将外但身些与高意进把法此实回理美点月明其种"
    "声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电第门相次东政海口使教西再平真听世气信北少关并内加化"
    "由却代军产入先山太水市眼体别处总才场师书比住员笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系"
    "计或司利受光王果亲界及今京务制解各任至清物台象记边共风战接它许特觉望直服毛林题建南度统色字请交爱让认算论吃义科怎元社术"
    "结功指思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运武半候必城父强步完革深区即求品士转量空甚"
    "众技轻程告江语英基派满式李息写呢识极令黄德收脸钱党倒未持音跑投护人口育率孩镇县乡村,、“”《》"
)


def _plain_chars() -> str:
    cc = norm._t2s()
    # (quotation marks go around a term set inside a phrase: 应参加“三查”对象 → 应参加三查对象)
    chars = [c for c in dict.fromkeys(_CANDIDATES) if c not in _NUMERAL_CHARS | _SPUN_CHARS | set("“”‘’「」『』")]
    return "".join(c for c in chars if cc.convert(c) == c)


PLAIN = _plain_chars()
plain_text = st.text(alphabet=PLAIN, max_size=200)


# --- seeds ---------------------------------------------------------------------------------------------


def test_seed_000_chunks_joined_and_unspun() -> None:
    n = normalize(seed("000"))
    check_map(n)
    assert "计生率为81.14%" in n.text
    assert "计划生育事业" in n.text
    assert "方案生育" not in n.text and "效劳" not in n.text and "根底" not in n.text
    assert "管理漏洞" in n.text  # "…堵塞了管\n10、理漏洞"
    assert "\n" not in n.text.strip()  # every line break was a chunk cut
    assert "开展活动" in n.text and "大力开展了优质服务" in n.text  # literal 开展 kept
    assert "发展不平衡" in n.text and "健康发展" in n.text  # spun 开展 undone in context
    assert "更加规范" in n.text and "标准" not in n.text.replace("按标准", "")
    assert "广大群众" in n.text and "基本国策" in n.text and "部分人员" in n.text
    assert "从根本上说" in n.text  # literal 根本 kept
    assert "三查3次" in n.text and "三结合" in n.text and "一票否决" in n.text and "第一位" in n.text
    assert "12 第7页 共7页" in n.text  # page marker untouched


def test_seed_000_spans_map_back() -> None:
    n = normalize(seed("000"))
    i = n.text.index("81.14%")
    s, e = n.to_original(i, i + len("81.14%"))
    assert n.original[s:e] == "8\n2、1.14%"
    assert n.line_of(s) == 1 and n.line_of(e - 1) == 2
    j = n.text.index("计划生育事业")
    s, e = n.to_original(j, j + 6)
    assert n.original[s:e] == "方案生育\n3、事业"
    assert n.line_of(s) == 2 and n.line_of(e - 1) == 3
    s, e = n.to_original(j, j + 4)
    assert n.original[s:e] == "方案生育"  # tight: the removed marker is not claimed by 计划生育


def test_seed_001_simplified() -> None:
    n = normalize(seed("001"))
    check_map(n)
    assert n.text.count("\n") == seed("001").count("\n")  # no chunk markers here: lines kept
    assert "人口自然增长率为1.21‰" in n.text
    assert "计划生育率达到99.78%" in n.text
    assert "計劃" not in n.text and "發展" not in n.text
    # t2s is char for char on this text; the marks around its seven quoted terms set inside a phrase go (创建“世代服务”品牌,
    # “五清”, “三网一库”…), and the other quotation marks stay (我市“*”人口: a mask, no term)
    assert len(n.text) == len(n.original) - 14
    assert "创建世代服务品牌" in n.text and "我市“*”人口" in n.text


def test_seed_002_halfwidth_and_placeholders() -> None:
    n = normalize(seed("002"))
    check_map(n)
    assert "，" not in n.text and "（" not in n.text and "(一)计生指标完成情况" in n.text
    assert "出生率为X.XX‰,计划生育率为XX.XX%" in n.text
    assert "根本转变" in n.text and "的标准," in n.text  # not spun: literal words untouched
    assert "开展妇检3次" in n.text


def test_seed_003_real_lists_survive() -> None:
    original = seed("003")
    n = normalize(original)
    lines = n.text.split("\n")
    for item in ["1、计划生育率98%", "2、统计准确率100%", "10、社会抚养费征收到位率90%", '11、"两扶一免"落实到位率100%']:
        assert item in lines
    assert any(line.startswith("1、确保计划生育率达到98%以上") for line in lines)  # second list, restarting at 1
    assert "2008年" in n.text  # 二OO八年
    assert "十七大" in n.text and "一法四规" in n.text and "三位一体" in n.text
    assert n.text.count("\n") == original.count("\n")


def test_seed_004_chunks_and_synonyms() -> None:
    n = normalize(seed("004"))
    check_map(n)
    assert "纳入经济社会发展的总体规划" in n.text  # cut "经济社会\n3、开展" joined then unspun
    assert "省市主管部门" in n.text and "盛市" not in n.text
    assert "原则" in n.text and "原那么" not in n.text  # length-changing swap
    assert "总人口47万人" in n.text and "9.7万人" in n.text
    assert "健康发展的快车道" in n.text and "开展优质服务" in n.text
    assert "人均8.1元的标准" in n.text  # literal 标准
    assert "\n" not in n.text


# --- steps ---------------------------------------------------------------------------------------------


def test_line_breaks() -> None:
    n = unify_line_breaks(Normalized.identity("甲\r\n乙\r丙\n丁"))
    assert n.text == "甲\n乙\n丙\n丁"
    check_map(n)
    assert n.to_original(1, 2) == (1, 3)  # \n ← \r\n
    assert [n.line_of(n.origin[n.text.index(c)]) for c in "甲乙丙丁"] == [1, 2, 3, 4]


def test_halfwidth() -> None:
    n = to_halfwidth(Normalized.identity("出生率１３．１６‰，占（９８％）：ＡＢ　、。“”〇"))
    assert n.text == "出生率13.16‰,占(98%):AB 、。“”〇"
    assert n.origin == tuple(range(len(n.text) + 1))


def test_simplified_alignment_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    class Stretching:
        def convert(self, s: str) -> str:
            return s.replace("甲", "乙乙").replace("丙", "丁")

    monkeypatch.setattr(norm, "_t2s", lambda: Stretching())
    n = to_simplified(Normalized.identity("甲丙\n丙甲戊"))
    assert n.text == "乙乙丁\n丁乙乙戊"
    check_map(n)
    i = n.text.index("戊")
    assert n.original[slice(*n.to_original(i, i + 1))] == "戊"
    assert n.original[slice(*n.to_original(0, 2))] == "甲"


def test_simplified_real() -> None:
    n = to_simplified(Normalized.identity("計劃生育率達到99.78%，獎扶金總額達到735.38萬元"))
    assert n.text == "计划生育率达到99.78%，奖扶金总额达到735.38万元"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("开展三次活动", "开展3次活动"),
        ("共四百四十九人", "共449人"),
        ("出生率千分之一点五二", "出生率1.52‰"),
        ("计生率百分之九十八", "计生率98%"),
        ("达百分之九十八点五以上", "达98.5%以上"),
        ("符合率达到百分之百。", "符合率达到100%。"),
        ("百分之百分之", "百分之百分之"),  # no number after the first 百
        ("两万三千人", "23000人"),
        ("五十万元", "50万元"),
        ("九点七万人", "9.7万人"),
        ("二〇〇八年", "2008年"),
        ("二OO八年计划", "2008年计划"),
        ("五年来", "五年来"),  # a duration in words
        ("一孩二孩多孩", "一孩二孩多孩"),
        ("一把手三结合三查一票否决", "一把手三结合三查一票否决"),
        ("第一次会议第十二次", "第一次会议第十二次"),
        ("党的十七大一是二是四术三为主", "党的十七大一是二是四术三为主"),
        ("一个目标一次性一人", "一个目标一次性一人"),
        ("三四次", "三四次"),  # a range, not a number
        ("出生人口性别比为一百零八点一九。", "出生人口性别比为108.19。"),  # a decimal after 为: a ratio
        ("工作重点是一点一滴。", "工作重点是一点一滴。"),
        ("性别比为一百零八。", "性别比为一百零八。"),  # no decimal point: could be a word
    ],
)
def test_numerals_to_digits(text: str, expected: str) -> None:
    n = numerals_to_digits(Normalized.identity(text))
    assert n.text == expected
    check_map(n)


def test_numerals_map_back() -> None:
    n = numerals_to_digits(Normalized.identity("全年四百四十九人，千分之一点五二"))
    i = n.text.index("449")
    assert n.original[slice(*n.to_original(i, i + 3))] == "四百四十九"
    j = n.text.index("1.52‰")
    assert n.original[slice(*n.to_original(j, j + 5))] == "千分之一点五二"


def test_unspin_needs_evidence() -> None:
    literal = "我们开展活动,为国效劳,按标准办事,更加标准,健康开展"
    assert unspin(Normalized.identity(literal)).text == literal  # one 效劳 is not evidence enough
    spun = "方案生育效劳站开展活动,按标准办事,更加标准,健康开展"
    n = unspin(Normalized.identity(spun))
    assert n.text == "计划生育服务站开展活动,按标准办事,更加规范,健康发展"
    assert unspin(Normalized.identity("方案生育")).text == "计划生育"  # certain: always


def test_unspin_length_change_map() -> None:
    n = unspin(Normalized.identity("方案生育效劳按照原那么进行"))
    assert n.text == "计划生育服务按照原则进行"
    check_map(n)
    i = n.text.index("原则")
    assert n.original[slice(*n.to_original(i, i + 2))] == "原那么"
    j = n.text.index("进行")
    assert n.original[slice(*n.to_original(j, j + 2))] == "进行"


def test_synonym_table_is_consistent() -> None:
    table = load_synonyms()
    assert table.evidence_min_hits >= 1
    wrongs = [s.wrong for s in table.entries]
    assert len(wrongs) == len(set(wrongs))
    for syn in table.entries:
        assert syn.wrong != syn.right and all(syn.wrong in c for c in syn.contexts)
    for word in ("方案生育", "效劳", "根底", "广阔", "标准", "开展", "缺乏", "盛市", "根本", "局部", "屡次", "揭力"):
        assert word in wrongs


def test_chunk_markers_need_a_sequence_of_cut_lines() -> None:
    body = "计划生育工作" * 30
    chunked = f"1、{body}计生率为8\n2、1.14%,{body}\n3、{body}"
    assert join_chunk_markers(Normalized.identity(chunked)).text == f"{body}计生率为81.14%,{body}{body}"
    # a scraped page's own lines (title, menu, date) before the chunks: the chunks are joined, those lines kept
    page = "柳塘镇2012年工作总结_XX文库网\n首页 > 范文大全\n发布者：匿名 时间：2013-03-20\n"
    assert join_chunk_markers(Normalized.identity(page + chunked)).text == page + f"{body}计生率为81.14%,{body}{body}"
    broken = f"1、{body}计生率为8\n3、1.14%,{body}"  # (2、 missing: no sequence)
    assert join_chunk_markers(Normalized.identity(broken)).text == broken
    short_list = "1、计划生育率98%\n2、统计准确率100%\n3、期内结扎率80%"
    assert join_chunk_markers(Normalized.identity(short_list)).text == short_list
    long_list = f"1、{body}。\n2、{body}。\n3、{body}。"  # long items, each a finished sentence
    assert join_chunk_markers(Normalized.identity(long_list)).text == long_list
    # 928: chunks of 70 or less, all of one length, every cut inside a word (自然增长‖4、率-3.91‰): joined; items of
    # that length each ending in a figure (a list of results), or of lengths that differ (931's list of work done,
    # each item unfinished), stay
    prose = ("全村户籍人口年初2320人，年末2296人。全年出生12人，死亡21人，出生率5.21‰，死亡率9.12‰，自然增长率-3.91‰，人口连续"
             "三年负增长。二、服务保障。全村已婚育龄妇女420人，落实避孕节育措施352人，避孕节育率85.85%。")
    pieces = [prose[k : k + 48] for k in range(0, len(prose), 48)]
    ends = [p[-1] for p in pieces[:-1]]
    assert not any(c in "。0123456789%‰" for c in ends)  # (the pieces end inside words)
    chunked = "\n".join(f"{k}、{p}" for k, p in enumerate(pieces, 1))
    assert join_chunk_markers(Normalized.identity(chunked)).text == prose
    results = "\n".join(f"{k}、全村户籍人口年初2320人，年末2296人，全年出生12人，死亡21人，出生率{k}.21‰" for k in (1, 2, 3))
    assert join_chunk_markers(Normalized.identity(results)).text == results
    work = ("1、完善工作方案，按标准开展活动，全镇19个村（社区）计生协会小组按季度开展活动\n2、2023年3月起在镇政务服务中心推行生育"
            "登记一站式办理，做到当天受理、当天办结\n3、新建镇中心幼儿园托班1个，新增普惠托位40个\n4、组织青年志愿者入户走访育龄家庭")
    assert join_chunk_markers(Normalized.identity(work)).text == work
    # 1403: a 文库 page showing pages 2–3 only: its chunk count opens at 4、 — three markers or more, joined as from 1、;
    # two alone (4、 5、) are no evidence, nor a list numbered on from the line before (3、 over 4、 5、 6、, long items)
    late = f"（第1页预览已省略）\n4、{body}自然增长率7.\n5、14‰，{body}\n6、{body}"
    assert join_chunk_markers(Normalized.identity(late)).text == f"（第1页预览已省略）\n{body}自然增长率7.14‰，{body}{body}"
    two = f"4、{body}自然增长率7.\n5、14‰，{body}"
    assert join_chunk_markers(Normalized.identity(two)).text == two
    listed = f"3、{body}。\n4、{body}。\n5、{body}。\n6、{body}。"
    assert join_chunk_markers(Normalized.identity(listed)).text == listed


# --- properties ----------------------------------------------------------------------------------------

_TOKENS = [
    "方案生育", "效劳", "开展", "健康开展", "标准", "更加标准", "原那么", "盛市", "計劃", "發展", "萬", "獎勵",
    "１２", "．", "％", "，", "（", "）", "　", "\r\n", "\r", "\n", "\n2、", "1、", "2、", "三次", "四百四十九人",
    "千分之一点五二", "百分之九十八", "二〇〇八年", "两万三千人", "一孩", "第一", "8", "1.14%", "。",
    "l", "O", "I", "o", "2", "%o", " ", ". ", "1 2 3", "○", "○○", "２８６，４１５", "?", "生肓", "诞生", "年头",
    "%0", "0/00", " 0/00", "入", "倒", "己婚", "人囗", "岀", "育令妇文", "（任务/完成/完成率）：\n", "结扎　120/126/105.00%\n",
]  # fmt: skip  (the second line: scanning damage, masks and a heavier spin)
messy_text = st.lists(st.one_of(st.sampled_from(_TOKENS), st.text(alphabet=PLAIN, max_size=30)), max_size=40).map(
    "".join
)


@settings(max_examples=150, deadline=None)
@given(messy_text)
def test_every_step_keeps_a_valid_map(text: str) -> None:
    n = Normalized.identity(text)
    check_map(n)
    for step in norm.STEPS:
        n = step(n)
        check_map(n)
        assert n.original == text


@settings(deadline=None)
@given(messy_text, st.data())
def test_to_original_spans_within_original(text: str, data: st.DataObject) -> None:
    n = normalize(text)
    start = data.draw(st.integers(0, len(n.text)))
    end = data.draw(st.integers(start, len(n.text)))
    s, e = n.to_original(start, end)
    assert 0 <= s <= e <= len(text)
    if start < end:
        assert s < e


@settings(deadline=None)
@given(plain_text)
def test_plain_text_is_identity(text: str) -> None:
    n = normalize(text)
    assert n.text == text
    assert n.origin == tuple(range(len(text) + 1))


numbers = st.one_of(
    st.integers(0, 10**9).map(str),
    st.integers(1000, 10**9).map(lambda i: f"{i:,}"),
    st.tuples(st.integers(0, 10**6), st.integers(1, 3)).map(lambda t: f"{t[0] / 10 ** t[1]:.{t[1]}f}"),
    st.tuples(st.integers(0, 10**4), st.sampled_from(["%", "‰", "万"])).map(lambda t: f"{t[0] / 100:.2f}{t[1]}"),
)


@settings(deadline=None)
@given(plain_text, numbers, plain_text)
def test_inserted_number_kept_and_mapped(before: str, number: str, after: str) -> None:
    original = before + number + after
    n = normalize(original)
    whole = number.replace(",", "")  # thousands separators dropped: the figure reads whole
    i = n.text.find(whole)
    assert i >= 0
    s, e = n.to_original(i, i + len(whole))
    assert original[s:e] == number
    assert (s, e) == (len(before), len(before) + len(number))


chunk_body = st.text(alphabet=PLAIN + "0123456789.%", min_size=1, max_size=400)


@settings(deadline=None)
@given(st.lists(chunk_body, min_size=1, max_size=12), st.data())
def test_random_chunking_is_undone(parts: list[str], data: st.DataObject) -> None:
    # after a scraped page's own short lines (its title, menu, date), if any, which stay as they are
    head = "".join(line + "\n" for line in data.draw(st.lists(st.text(IDEOGRAPHS, min_size=1, max_size=8), max_size=3)))
    body = "".join(parts)
    # (a line that opens with a mark that only closes a clause continues the line before it, the head's last line
    # too: a body opening so is no case of chunking alone)
    assume(not (head and body[0] in "。，,、；;：:)）"))
    # (and a text with nothing else to normalise: 0%0 is a scan's per mille, 0‰, whether chunked or not)
    assume(normalize(head + body).text == head + body)
    gaps = data.draw(st.lists(st.integers(norm.MIN_CHUNK_CHARS, 500), min_size=1, max_size=10))
    cuts = [c for c in itertools.accumulate(gaps) if c < len(body)]
    pieces = [body[a:b] for a, b in zip([0, *cuts], [*cuts, len(body)])]
    chunked = head + "\n".join(f"{k}、{p}" for k, p in enumerate(pieces, 1))
    n = normalize(chunked)
    if len(pieces) >= 2:
        assert n.text == head + body
        for a in cuts:  # the chars either side of each cut map back to themselves in the chunked text
            assert chunked[n.to_original(len(head) + a, len(head) + a + 1)[0]] == body[a]
            assert chunked[n.to_original(len(head) + a - 1, len(head) + a)[0]] == body[a - 1]
    else:
        assert n.text == chunked  # a single "1、" line is no evidence of chunking


@settings(deadline=None)
@given(st.lists(st.text(alphabet=PLAIN + "0123456789.%", min_size=norm.MIN_CHUNK_CHARS, max_size=300),
                min_size=norm.LATE_CHAIN_MIN, max_size=8), st.integers(2, 40))
def test_chunking_counted_from_past_one_is_undone(pieces: list[str], first: int) -> None:
    # a page whose first chunks were left out: the markers run first, first + 1, … (three or more), each piece as long
    # as a scraper cuts them, the cuts where they fall
    body = "".join(pieces)
    assume(normalize(body).text == body and body[0] not in "。，,、；;：:)）")
    chunked = "\n".join(f"{k}、{p}" for k, p in enumerate(pieces, first))
    assert normalize(chunked).text == body


def test_chunking_cuts_a_number() -> None:
    body = "计划生育工作" * 20
    n = normalize(f"1、{body}人口自然增长率为6.1\n2、8‰,{body}")
    assert n.text == f"{body}人口自然增长率为6.18‰,{body}"
    i = n.text.index("6.18‰")
    assert n.original[slice(*n.to_original(i, i + 5))] == "6.1\n2、8‰"


# --- hard wraps (PDF/OCR copies) ------------------------------------------------------------------------

IDEOGRAPHS = "".join(c for c in PLAIN if "\u4e00" <= c <= "\u9fff")


@settings(deadline=None)
@given(st.lists(st.text(alphabet=IDEOGRAPHS, min_size=2, max_size=9), min_size=8, max_size=40),
       st.integers(20, 60))
def test_wrapped_prose_is_rejoined(clauses: list[str], width: int) -> None:
    body = ",".join(clauses) + "。"  # (as the step sees it: after the half-width step)
    cuts = list(range(width, len(body), width))
    wrapped = "\n".join(body[a:b] for a, b in zip([0, *cuts], [*cuts, len(body)]))
    n = join_wrapped_lines(Normalized.identity(wrapped))
    check_map(n)
    # a break is a wrap between two ideographs or before a comma or full stop (no line opens with one), and after a
    # comma when the line is as long as the page is wide (every line here but the last)
    kept = [c for c in cuts if not (body[c - 1] in IDEOGRAPHS + "," and body[c] in IDEOGRAPHS) and body[c] not in ",。"]
    pieces = [body[a:b] for a, b in zip([0, *kept], [*kept, len(body)])]
    assert n.text == "\n".join(pieces)
    check_chars_kept(n)


def test_a_break_after_a_comma_is_a_wrap_only_at_the_full_page_width() -> None:
    # a scanned yearbook column: the line ending 人，is as long as its neighbours, the sentence runs on
    page = ("　　【人口概况】 1998年末，全县户籍总人口288252人，\n比上年末的286412人增加1840人。全年出生4718人，出\n"
            "生率16.42‰；死亡2086人，死亡率7.26‰；人口自然增\n长率9.16‰。全年迁入2314人，迁出3106人。\n")
    n = join_wrapped_lines(to_halfwidth(Normalized.identity(page)))
    check_map(n)
    assert "总人口288252人,比上年末的286412人" in n.text and "出生率16.42‰" in n.text
    assert extract(page, "t").records[0].values["population_start"].number == 286412
    # a short line ending in a comma ends its statement there (a list of lines, a heading's clause)
    lines = "各村情况如下，\n东村全年出生52人，死亡31人，人口自然增长率为千分之五点二。\n西村全年出生48人，死亡29人。\n"
    assert join_wrapped_lines(Normalized.identity(lines.replace("，", ","))).text == lines.replace("，", ",")


def test_ideographs_a_blank_apart_read_as_words() -> None:
    n = normalize("1998年，全 县 出 生 人 口 中，一孩2813人；计 划 内 出 生361人。全县 出生 人口，张 三")
    check_map(n)
    assert n.text == "1998年,全县出生人口中,一孩2813人;计划内出生361人。全县 出生 人口,张 三"
    i = n.text.index("计划内出生361")
    assert n.original[slice(*n.to_original(i, i + 8))] == "计 划 内 出 生361"
    assert extract("全年，计 划 内 出 生361人。", "t").records[0].values["births_planned"].number == 361


@given(st.lists(st.sampled_from(IDEOGRAPHS), min_size=3, max_size=12), st.sampled_from(["", "，", "。"]),
       st.integers(1, 99999))
def test_property_ideographs_spaced_apart_are_joined(chars: list[str], before: str, figure: int) -> None:
    text = f"{before}{' '.join(chars)}{figure}人"
    n = join_spaced_ideographs(Normalized.identity(text))
    check_map(n)
    assert n.text == f"{before}{''.join(chars)}{figure}人"
    two = f"{before}{chars[0]} {chars[1]}{figure}"  # (two alone: a padded name, left)
    assert join_spaced_ideographs(Normalized.identity(two)).text == two


def test_an_ideographic_zero_between_digits_is_a_zero() -> None:
    assert _ocr("死亡2〇86人，2〇〇1年末，一九九〇年，〇人") == "死亡2086人，2001年末，一九九〇年，〇人"
    assert normalize("死亡2〇86人，年初总人口3○○○○人").text == "死亡2086人,年初总人口3○○○○人"  # (○: a mask)


def test_a_label_wrapped_from_its_figure_reads_with_it() -> None:
    text = ("　　全县年初总人口254318人，年末总人口256110人。全年出生\n3127人，出生率12.26‰，死亡1448人。出\n"
            "生人口中一孩1985人，二孩1061人，多孩81人；全县已婚育龄妇女52436人，落实节育措施46103人，综合节育\n"
            "率87.92%。\n")
    n = normalize(text)
    assert "全年出生3127人" in n.text and "出生人口中一孩" in n.text and "综合节育率87.92%" in n.text
    wrapped = "第三胎及以上305人，其中计划内（再婚、病残儿等特殊情况）\n121人。全县计划内出生合计6850人，计划生育率94.2%。\n"
    assert "特殊情况)121人" in normalize(wrapped).text  # a line may end in a closing bracket
    # a narrow OCR column: a line may open with the full stop or comma of the line before, and a figure
    # (94.03%) opening a line is not a list item (94.)
    ocr = ("全乡年初总人口26845人，年末总人口27032人\n。全年出生352人，其中一胎214人、二胎131人\n"
           "、三胎及以上7人；计划内出生331人，计划生育率\n94.03%。出生婴儿中男孩187人，女孩165人\n，性别比113.33。\n")
    assert "年末总人口27032人。全年" in normalize(ocr).text and "计划生育率94.03%" in normalize(ocr).text
    got = {k: v.number for k, v in extract(ocr, "t").records[0].values.items()}
    assert got["planned_birth_rate"] == 94.03 and got["births_third_plus"] == 7 and got["sex_ratio_at_birth"] == 113.33
    doc = extract(text, "t")
    values = {k: v.number for k, v in doc.records[0].values.items()}
    assert values["births"] == 3127 and values["contraceptive_rate"] == 87.92 and values["births_first"] == 1985
    # a figure's decimal point ends the line, its decimals open the next (出生性别比116.‖30)
    assert "性别比116.30。计划内" in normalize("男214人，女184人，出生性别比116.\n30。计划内出生361人。\n").text


@pytest.mark.parametrize("text", ["目录\n1.\n2023年工作总结\n", "出生率为2023.\n4、32，死亡率为4.98\n"])
def test_a_point_before_a_line_that_is_no_decimals_stays(text: str) -> None:
    # a list's 1. alone on its line; a chunk marker left in place (its chain broken) after the point
    assert join_wrapped_lines(Normalized.identity(text)).text == text


@pytest.mark.parametrize("text", [
    "（一）加强领导，强化管理\n为了使人口与计生工作有效开展，镇里成立了领导小组，由镇长任组长，每月召开一次例会。\n",
    "全镇全年出生767人，死亡326人，人口自然增长率为6.18\n2006年1月16日\n",  # a figure, then a date line
    "全镇全年出生767人，死亡326人，人口自然增长率为千分之六\n　　二是加强宣传，全年共发放宣传资料一万份。\n",
    "全镇全年出生767人，死亡326人，人口自然增长率较去年下降\n2、计划生育率98%，统计准确率100%。\n",
])
def test_breaks_that_are_not_wraps_stay(text: str) -> None:
    # a short heading with a comma, two figures either side, an indented paragraph, a list item
    assert join_wrapped_lines(Normalized.identity(text)).text == text


# --- maps and word search (the fast paths) ---------------------------------------------------------------

context_free = st.lists(st.one_of(st.sampled_from(["１２", "．", "％", "，", "（", "）", "　", "Ａ", "\r\n", "\r", "\n"]),
                                  st.text(alphabet=PLAIN, max_size=20)), max_size=30).map("".join)


def _context_free_steps(text: str) -> Normalized:
    return to_halfwidth(unify_line_breaks(Normalized.identity(text)))


@settings(deadline=None)
@given(context_free, st.data())
def test_property_span_maps_back_to_what_normalises_to_it(text: str, data: st.DataObject) -> None:
    """For steps that look at one char (or one CRLF) at a time, the original slice behind any normalised
    span normalises to exactly that span."""
    n = _context_free_steps(text)
    start = data.draw(st.integers(0, len(n.text)))
    end = data.draw(st.integers(start, len(n.text)))
    s, e = n.to_original(start, end)
    assert _context_free_steps(text[s:e]).text == n.text[start:end]
    assert n.moved == ("\r\n" in text)


edits_on = st.text(alphabet="abcdef", max_size=40).flatmap(
    lambda text: st.tuples(
        st.just(text),
        st.lists(st.integers(0, len(text)), max_size=8).map(lambda cuts: sorted(set(cuts))).flatmap(
            lambda cuts: st.tuples(*[st.text(alphabet="xyz", max_size=3) for _ in cuts[1::2]]).map(
                lambda reps: [(a, b, r) for (a, b), r in zip(zip(cuts[::2], cuts[1::2]), reps) if a < b or r == ""]
            )
        ),
    )
)


@settings(deadline=None)
@given(edits_on)
def test_property_apply_edits(case: tuple[str, list[tuple[int, int, str]]]) -> None:
    text, edits = case
    n = norm._apply_edits(Normalized.identity(text), edits)
    pieces, pos = [], 0
    for start, end, rep in edits:
        pieces += [text[pos:start], rep]
        pos = end
    assert n.text == "".join(pieces) + text[pos:]
    check_map(n)
    shift = 0
    for start, end, rep in edits:  # each replacement maps back to exactly what it replaced
        if text[start:end] != rep and rep:
            assert n.to_original(start + shift, start + shift + len(rep)) == (start, end)
        shift += len(rep) - (end - start) if text[start:end] != rep else 0


def _all_starts(words: set[str], text: str) -> dict[str, list[int]]:
    found: dict[str, list[int]] = {}
    for w in words:
        found.update({w: [i for i in range(len(text)) if text.startswith(w, i)]})
    return {w: s for w, s in found.items() if s}


@settings(deadline=None)
@given(st.sets(st.text(alphabet="abc", min_size=1, max_size=4), min_size=1, max_size=6),
       st.text(alphabet="abc", max_size=60))
def test_property_word_starts_include_overlaps(words: set[str], text: str) -> None:
    assert norm._Words(words).starts(text) == _all_starts(words, text)


def test_word_starts_inside_another_word() -> None:
    (_, strong), (_, weak) = load_synonyms().groups
    assert weak.starts("要翻开展新局")["开展"] == [2]  # 开展 begins inside 翻开
    assert strong.starts("计划生育") == {}


@given(st.integers(1000, 10**12), st.integers(0, 10**5), plain_text)
def test_property_digit_group_commas(whole: int, other: int, after: str) -> None:
    """An ASCII-grouped number reads whole and maps back to its grouped form; a full-width comma between
    two numbers is a clause break (出生767，死亡326) unless the group after it opens with 0, as no clause's count does, or
    ends the figure before its unit (4，008 / 42，491人: thousands typed with the full-width comma)."""
    grouped = f"{whole:,}"
    original = f"人口{grouped}人{after}"
    n = drop_digit_group_commas(Normalized.identity(original))
    check_map(n)
    assert n.text == f"人口{whole}人{after}"
    assert n.to_original(2, 2 + len(str(whole))) == (2, 2 + len(grouped))
    two = f"出生{whole % 1000}，死亡{other}人"
    assert normalize(two).text == f"出生{whole % 1000},死亡{other}人"
    group = f"{other % 1000:03d}"
    assert normalize(f"出生{whole % 1000}，{group}人").text == f"出生{whole % 1000}{group}人"
    assert normalize(f"出生{whole % 1000}，{group}。").text == (f"出生{whole % 1000}{group}。" if group.startswith("0")
                                                              else f"出生{whole % 1000},{group}。")


@pytest.mark.parametrize(("text", "expected"), [
    ("总人口23,456人", "总人口23456人"),
    ("总人口１,２３４,５６７人", "总人口1234567人"),
    ("人口1,234,567.5万", "人口1234567.5万"),
    ("分别为120,340,56人", "分别为120,340,56人"),  # a list: the last group is not three digits
    ("2019,2020年", "2019,2020年"),  # a group of four is no thousands group
    ("率13.16,698人", "率13.16,698人"),  # after a decimal: two figures
])
def test_digit_group_commas(text: str, expected: str) -> None:
    assert normalize(text).text == expected


@given(st.integers(1000, 10**9), st.sampled_from([" ", "\u00a0", "\u2009", "\u202f"]), st.sampled_from(["人", "例", "%"]))
def test_property_digit_group_blanks(whole: int, blank: str, unit: str) -> None:
    """A number grouped by blanks between ideographs reads whole and maps back to its grouped form."""
    grouped = f"{whole:,}".replace(",", blank)
    original = f"总人口{grouped}{unit}，出生{whole % 997}人"
    n = drop_digit_group_spaces(Normalized.identity(original))
    check_map(n)
    assert n.text == f"总人口{whole}{unit}，出生{whole % 997}人"
    assert n.to_original(3, 3 + len(str(whole))) == (3, 3 + len(grouped))


@pytest.mark.parametrize(("text", "expected"), [
    ("全县年末总人口318 426人，比上年末的315207人增加3219人", "全县年末总人口318426人，比上年末的315207人增加3219人"),
    ("已婚育龄婦女52 307人，落實45 012人", "已婚育龄婦女52307人，落實45012人"),
    ("柳塘社区 7126 68 73", "柳塘社区 7126 68 73"),  # a text table's row: figures a blank apart stay apart
    ("出生 126 人", "出生 126 人"),  # one figure between blanks
    ("2019年10月 120人", "2019年10月 120人"),  # 10月 is no group of a number
])
def test_digit_group_blanks(text: str, expected: str) -> None:
    assert drop_digit_group_spaces(Normalized.identity(text)).text == expected


def test_masked_groups_and_bold_grouped_figures_read_as_one_figure() -> None:
    assert normalize("已婚育龄妇女6X,XXX人，户籍总人口XXX,XXX人").text == "已婚育龄妇女6XXXX人,户籍总人口XXXXXX人"
    assert normalize("年末户籍人口 **46,218** 人，流动人口约 **1.26万** 人").text == "年末户籍人口 46218 人,流动人口约 1.26万 人"
    assert normalize("ABX,XXX").text == "ABX,XXX"  # letters, not a masked figure
    # 493: bold words opening with a figure and its measure word (**398个新生宝宝**) are emphasis; 出生2**人，死亡**人 is
    # two masks (a clause mark between the pairs), 出生**人死亡1**人 too (the pair opens with no figure)
    assert normalize("共迎来 **398个新生宝宝** 🎉").text == "共迎来 398个新生宝宝 🎉"
    assert normalize("出生2**人，死亡**人").text == "出生2**人,死亡**人"
    assert normalize("出生**人死亡1**人").text == "出生**人死亡1**人"


TITLE = "沙埠镇2019年人口和计划生育工作总结"


@settings(deadline=None)
@given(st.text(alphabet=IDEOGRAPHS, min_size=12, max_size=30), st.integers(1, 99), st.integers(1, 999),
       st.sampled_from(["— {p} —", "- {p} -", "第{p}页 共9页", "— {p} —\n第{p}页 共9页"]), st.booleans(),
       st.sampled_from(["", "沙 埠 镇 人 民 政 府 文 件\n\n沙政发〔2020〕3号\n\n"]))
def test_property_a_page_footer_inside_a_sentence_is_removed(prose: str, head: int, tail: int, footer: str,
                                                              header: bool, cover: str) -> None:
    """A footer (page number, and the next page's running header repeating the title — the first line, or one after
    a 文件 header and a document number) that cuts a sentence leaves the sentence whole, and every char maps back to
    itself."""
    page = footer.format(p=head % 9 + 1) + (f"\n\n{TITLE}" if header else "")
    original = f"{cover}{TITLE}\n\n{prose}，落实节育措施{head}\n\n{page}\n\n{tail}人，综合节育率84.77%。\n"
    n = dropping(drop_page_breaks, original)
    assert n.text == f"{cover}{TITLE}\n\n{prose}，落实节育措施{head}{tail}人，综合节育率84.77%。\n"


def test_a_page_footer_after_a_sentence_or_a_heading_is_not_joined() -> None:
    ended = f"{TITLE}\n全年出生402人。\n\n— 1 —\n\n2 我局共有职工12人。\n"
    assert drop_page_breaks(Normalized.identity(ended)).text == ended  # (it may end one report)
    heading = f"{TITLE}\n三、2020年工作目标\n\n— 2 —\n\n出生率控制在10‰以内。\n"
    assert drop_page_breaks(Normalized.identity(heading)).text == f"{TITLE}\n三、2020年工作目标\n出生率控制在10‰以内。\n"


def test_a_pdf_copy_reads_whole_figures_across_wraps_page_breaks_and_radicals() -> None:
    body = ("　　（一）人口变动。全镇年初总人口36518人，年末总人口36702\n人。全年出生402人，出生率10.98‰；死亡263人，死亡率7.1\n"
            "8‰；人口自然增长率3.08‰。全年出生占县下达人口计划430人的9\n3.49%。全镇已婚育龄妇女8312人，落实各类节育措施70\n"
            f"\n— 1 —\n第1页 共3页\n\n{TITLE}\n\n46⼈，综合节育率84.77%。全年完成四术195例，其中⼈工流产6\n1例、放环118例。\n")
    text = normalize(f"{TITLE}\n\n{body}").text
    for whole in ("死亡率7.18‰", "人口计划430人的93.49%", "落实各类节育措施7046人", "人工流产61例", "年末总人口36702人"):
        assert whole in text
    kept = "全镇全年出生767人，死亡326人，人口自然增长率为6.18\n2006年1月16日\n"  # a figure, then a date line
    assert join_wrapped_lines(Normalized.identity(kept)).text == kept


# --- fast spellings of patterns: the same matches as their plain spelling --------------------------------

#: Each pattern spelled for speed (opening with a literal, not a look-behind), with its plain spelling.
_FAST_SPELLINGS = {
    "_WRAP_RE": r"(?<=[\u4e00-\u9fff)])\n(?=[\u4e00-\u9fff0-9])|(?<=[0-9%‰,])\n(?=[\u4e00-\u9fff])|(?<=[0-9.])\n(?=[0-9.])",
    "_PAGE_BREAK_RE": r"(?<=[^\s。！？!?：:；;])\n(?:[ \t\u3000]*\n)*(?:[ \t\u3000]*(?:[—–-]+[ \t\u3000]*\d{1,3}[ \t\u3000]*[—–-]+"
                      r"|第[ \t\u3000]*\d{1,3}[ \t\u3000]*页(?:[ \t\u3000]*[,，/]?[ \t\u3000]*共[ \t\u3000]*\d{1,3}[ \t\u3000]*页)?)"
                      r"[ \t\u3000]*\n(?:[ \t\u3000]*\n)*)+",
    # (a break before punctuation; one inside a decimal, 6.\n18 or 6\n.18, but not before a list's 2、)
    "_PUNCT_WRAP_RE": r"(?<=[^\n])\n(?=[。,、;:)])|(?<=[0-9])\n(?=\.[0-9])|(?<=[^\n][0-9]\.)\n(?=[0-9])(?![0-9]{1,4}、)",
}
pattern_text = st.text(alphabet="\n\n\n出生人口率 a1.9%‰)。,、;:(—-第页共", max_size=80)


@settings(deadline=None)
@given(pattern_text)
def test_property_fast_spellings_match_alike(text: str) -> None:
    for name, plain in _FAST_SPELLINGS.items():
        fast = getattr(norm, name)
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in re.finditer(plain, text)], name


def test_scraped_html_reads_as_the_page_showed_it() -> None:
    page = ('首页&nbsp;&gt;&nbsp;政务公开\n<p style="text-indent:2em;">全镇出生312人。<br/>\n'
            '性别比高于&ldquo;&lt;110&rdquo;的目标。</p><table><tr><td>出生</td><td>312</td></tr></table>')
    n = strip_html(Normalized.identity(page))
    check_map(n)
    assert n.text == "首页 > 政务公开\n\n全镇出生312人。\n\n性别比高于“<110”的目标。\n\n\n\t出生\t\t312\t\n\n"
    start = n.text.index("全镇出生312人")
    assert page[slice(*n.to_original(start, start + 8))] == "全镇出生312人"
    plain = "出生率<10‰，死亡率>5‰ & 自然增长率"  # (a bound, not a tag: fewer than three, left alone)
    assert strip_html(Normalized.identity(plain)).text == plain


@settings(deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["年初户籍人口", "出生人口", "死亡人口", "出生率", "已婚育龄妇女"]),
                          st.integers(0, 99999), st.integers(0, 99999)), min_size=2, max_size=8))
def test_property_a_table_copied_one_cell_per_line_is_rows_again(rows: list[tuple[str, int, int]]) -> None:
    """序号 / 指标名称 / 2019年 / 2018年, then each row's cells on lines of their own: rows parted by tabs again,
    char for char (nothing moves), and prose after the table stays as it was."""
    cells = [["序号", "指标名称", "2019年", "2018年"]] + [[str(i + 1), a, str(b), str(c)] for i, (a, b, c) in enumerate(rows)]
    original = "凤栖镇主要指标\n" + "\n".join(c for row in cells for c in row) + "\n从上表看，全镇出生人口减少。\n"
    n = join_cell_lines(Normalized.identity(original))
    assert not n.moved
    assert n.text == "凤栖镇主要指标\n" + "\n".join("\t".join(row) for row in cells) + "\n从上表看，全镇出生人口减少。\n"


def test_lines_that_merely_start_with_a_serial_number_header_stay() -> None:
    text = "序号\n姓名\n备注\n全年出生312人，死亡268人。\n"  # (no row numbered 1 after the header)
    assert join_cell_lines(Normalized.identity(text)).text == text


def test_footnote_marks_after_figures_are_dropped_and_notes_stay() -> None:
    text = "人口出生率7.85‰①，出生人口性别比108.25²③，户籍总人口285914人¹。\n①出生率按年平均人口计算。"
    n = drop_footnote_marks(Normalized.identity(text))
    check_map(n)
    assert n.text == "人口出生率7.85‰，出生人口性别比108.25，户籍总人口285914人。\n①出生率按年平均人口计算。"


# --- scanning damage inside figures -------------------------------------------------------------------------


def _ocr(text: str) -> str:
    return ocr_figures(Normalized.identity(text)).text


def test_letters_a_scan_reads_for_digits_become_digits_inside_figures_only() -> None:
    # O/o → 0, l/I → 1 where the run holds a real digit and no Latin word touches it
    assert _ocr("年初总人口23 4O8人，出生29l人，性别比ll5.56，放环I2I例，2OO6年") == \
        "年初总人口23 408人，出生291人，性别比115.56，放环121例，2006年"
    assert _ocr("死亡率6.O5‰，完成lO6.OO%") == "死亡率6.05‰，完成106.00%"
    # no digit, or part of a Latin word: left alone (IUD, a lone Ol, PO1 in a code)
    assert _ocr("IUD 120例，Ol，PO1，GDP") == "IUD 120例，Ol，PO1，GDP"


def test_a_chinese_comma_or_stop_for_the_decimal_point_and_a_scans_per_mille() -> None:
    assert _ocr("占计划的93，87%；计划生育率97。25%。死亡率6。05‰，") == "占计划的93.87%；计划生育率97.25%。死亡率6.05‰，"
    assert _ocr("性别比111。53，出生率4. 34‰，增长率11.87%o。") == "性别比111.53，出生率4.34‰，增长率11.87‰。"
    # a clause or sentence ending in a figure is not a decimal: 出生767，死亡326 / 。20个村 / 2023年
    assert _ocr("出生767，死亡326。20个村完成。全年2019。2020年") == "出生767，死亡326。20个村完成。全年2019。2020年"


def test_digits_scanned_a_blank_apart_read_as_one_number() -> None:
    assert _ocr("户籍总人口3 2 6 4 1 8 人，") == "户籍总人口326418人，"
    assert _ocr("表中1 2两列") == "表中1 2两列"  # (two digits: a list, not a spaced number)


def test_a_full_width_number_takes_the_full_width_comma_for_its_thousands() -> None:
    n = normalize("年初總人口２８６，４１５人，出生３１２，死亡２０８人。")
    assert n.text == "年初总人口286415人,出生312,死亡208人。"  # (312，208: two figures, not 312208)


def test_scanning_damage_maps_each_digit_back_to_its_place() -> None:
    text = "出生29l\n人，死亡率6。O5‰"
    n = normalize(text)
    i = n.text.index("291")
    assert text[slice(*n.to_original(i, i + 3))] == "29l"
    j = n.text.index("6.05")
    assert text[slice(*n.to_original(j, j + 4))] == "6。O5"


def test_look_alike_scan_characters_are_undone_without_counting_as_spinning() -> None:
    # 生肓 (肓 for 育) is never a word: undone always, but it is no evidence that the text was spun, so a
    # literal 开展 stays (only a spun text's 开展 is undone in its contexts)
    assert normalize("计划生肓率92.91%，已婚肓龄妇女5231人，经济开展").text == "计划生育率92.91%,已婚育龄妇女5231人,经济开展"


def test_a_typists_or_scans_look_alikes_in_the_genres_words_are_undone() -> None:
    # 己婚 / 巳婚 for 已婚, 人囗 for 人口, 岀 for 出, 计刬 / 计戈 for 计划, 育令 / 妇文 in their words: never words themselves
    assert normalize("己婚育龄妇女4862人，巳婚3人，人囗岀生率14.50‰，计刬生育率93.40%，计戈内，育令妇文5836人").text == \
        "已婚育龄妇女4862人,已婚3人,人口出生率14.50‰,计划生育率93.40%,计划内,育龄妇女5836人"
    # 育令 and 妇文 only inside the words they damage (a 命令 stays, and so does a 妇文 in no such word)
    assert normalize("县政府育令，妇文化站").text == "县政府育令,妇文化站"


def test_the_per_mille_sign_typed_as_a_fraction_or_with_a_zero_and_look_alike_units() -> None:
    # %0, 0/00 with or without a blank (6.490/00: 6.49 and the sign's 0), o/oo: all ‰
    assert _ocr("出生率12.48%0，死亡率9.91 0/00，增长率6.490/00。婴儿死亡率2.85o/oo") == \
        "出生率12.48‰，死亡率9.91‰，增长率6.49‰。婴儿死亡率2.85‰"
    # a % followed by a figure's 0 stays (98%0.5 is no sign); 入 and 倒 right after a figure, before a break, are
    # 人 and 例 — not inside words (3人入户, 12月入学, 倒数)
    assert _ocr("98%0.5，出生23入，四术268倒。年末1849入") == "98%0.5，出生23人，四术268例。年末1849人"
    assert _ocr("120入户，3倒数，12月入学") == "120入户，3倒数，12月入学"


def test_a_heavier_spin_is_undone_in_figure_labels_only() -> None:
    spun = "方案生育效劳工作。全村年头总人口1386人，全年诞生婴儿19人，方案内诞生18人。镇下达四术义务12例，落实节育办法279人。"
    assert normalize(spun).text == ("计划生育服务工作。全村年初总人口1386人,全年出生婴儿19人,计划内出生18人。"
                                    "镇下达四术任务12例,落实节育措施279人。")
    literal = "方案生育效劳到位。新生命诞生，义务教育，想办法。"  # spun, but these words are literal here
    assert normalize(literal).text == "计划生育服务到位。新生命诞生,义务教育,想办法。"
    # 人口计划 → 人口方案 (计划 → 方案) in a spun text; a literal 工作方案 stays
    spun = "方案生育效劳到位，制定工作方案。县下达人口方案450人，出生占方案的91.11%。"
    assert normalize(spun).text == "计划生育服务到位,制定工作方案。县下达人口计划450人,出生占计划的91.11%。"


def test_circles_among_arabic_digits_are_a_mask_not_zeros() -> None:
    assert normalize("年初总人口3○○○○人，应查对象○○○○人，二○○八年，○人").text == \
        "年初总人口3○○○○人,应查对象○○○○人,2008年,0人"


@settings(deadline=None, max_examples=60)
@given(st.lists(st.tuples(st.text(IDEOGRAPHS, min_size=2, max_size=12), st.integers(0, 10**6),
                          st.sampled_from(["人", "户", "例", "‰", "%", ""])), min_size=1, max_size=8),
       st.sampled_from(["\n", "\n\n", "\n \n"]))
def test_a_figure_on_the_line_after_its_label_is_joined_to_it(items: list[tuple[str, int, str]], gap: str) -> None:
    # a notice board (全年出生 / 9人): each label joined to the figure on its next line, the map kept to the original
    text = gap.join(f"{label}\n{figure}{unit}" for label, figure, unit in items)
    n = join_label_lines(Normalized.identity(text))
    assert n.text == gap.join(f"{label}{figure}{unit}" for label, figure, unit in items)
    check_map(n)
    label, figure, _unit = items[-1]
    i = n.text.rindex(f"{label}{figure}") + len(label)
    assert text[slice(*n.to_original(i, i + len(str(figure))))] == str(figure)


@given(st.integers(1000, 10**9), st.data())
def test_property_a_line_break_inside_a_digit_group_keeps_the_group(whole: int, data: st.DataObject) -> None:
    """A PDF's line break inside a comma-grouped figure (实际参检3,10‖5人): the commas go, the break stays (for the
    wrap joiner to judge), and every char maps back to itself."""
    grouped = f"{whole:,}"
    at = data.draw(st.sampled_from([i for i in range(2, len(grouped)) if "," not in grouped[i - 1:i + 1]]))
    original = f"实际参检{grouped[:at]}\n{grouped[at:]}人，参检率96.61%"
    n = drop_digit_group_commas(Normalized.identity(original))
    check_map(n)
    digits = str(whole)
    cut = at - grouped[:at].count(",")
    assert n.text == f"实际参检{digits[:cut]}\n{digits[cut:]}人，参检率96.61%"


@given(st.integers(1000, 10**9), st.sampled_from(["  ", "\t", "   "]))
def test_property_a_blank_grouped_figure_alone_in_a_text_table_cell_reads_whole(whole: int, gap: str) -> None:
    """A table set with wide gaps (一孩  1 706  48.58): the figure in its cell reads whole; the share beside it stays."""
    grouped = f"{whole:,}".replace(",", " ")
    n = drop_digit_group_spaces(Normalized.identity(f"一孩{gap}{grouped}{gap}48.58\n二孩{gap}{grouped}\n"))
    check_map(n)
    assert n.text == f"一孩{gap}{whole}{gap}48.58\n二孩{gap}{whole}\n"


@given(st.text(alphabet=IDEOGRAPHS, min_size=1, max_size=8), st.sampled_from(["“”", "‘’", "「」", "『』"]),
       st.integers(0, 99999))
def test_property_quotes_around_a_term_go_and_around_a_figure_stay(term: str, marks: str, figure: int) -> None:
    """应参加“三查”对象3214人 reads as 应参加三查对象3214人; a quoted figure (a correction's “二孩181人”) keeps its marks."""
    original = f"应参加{marks[0]}{term}{marks[1]}对象{figure}人，{marks[0]}二孩{figure}人{marks[1]}有误"
    n = dropping(drop_term_quotes, original)
    assert n.text == f"应参加{term}对象{figure}人，{marks[0]}二孩{figure}人{marks[1]}有误"


def test_a_pdf_page_break_with_the_report_short_title_and_a_blank_at_a_line_end() -> None:
    # 601/605: the next page's header is the report's short title (not its first line); a thousands blank left at a
    # line's end before the rest of the figure
    text = ("柳营乡人民政府\n关于2011年上半年人口和计划生育工作情况的汇报\n"
            "二、技术服务情况。上半年应参加“三查”对象3,214人，实际参检3,10\n5人，完成四术41例，占全年四术任务85例的\n"
            "— 1 —\n柳营乡2011年上半年人口和计划生育工作情况汇报\n48.24%，下半年将集中开展一次秋季服务活动。\n"
            "一、人口变动情况。全镇年初户籍人口42 318人，年末户籍人口42 \n106人，减少212人。全年出生298人，比上年减\n")
    got = normalize(text).text
    assert "占全年四术任务85例的48.24%" in got and "应参加三查对象3214人,实际参检3105人" in got
    assert "年末户籍人口42106人" in got
    # after a date (a report signed off) the title on the next page is a second report's: kept on its own line
    signed = f"{TITLE}\n全年出生402人，死亡263人。\n竹园镇人民政府\n2011年12月26日\n\n— 6 —\n\n梅溪县人口和计划生育局2011年机关计划生育工作总结\n"
    assert "\n梅溪县人口和计划生育局2011年机关计划生育工作总结" in drop_page_breaks(Normalized.identity(signed)).text



@settings(deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["年初总人口", "出生人数", "其中：一孩", "死亡人数", "出生率", "已婚育龄妇女"]),
                          st.sampled_from(["人", "‰", "%"]), st.integers(0, 99999), st.integers(0, 99999)),
                min_size=2, max_size=8))
def test_property_a_table_flattened_one_cell_a_line_is_rows_again(rows: list[tuple[str, str, int, int]]) -> None:
    """A scan's or a PDF's table one cell a line with no 序号 (指标 / 单位 / 本期 / 上年同期, then each row's cells): rows
    parted by tabs again, char for char, the lines around it as they were."""
    cells = [["指标", "单位", "本期", "上年同期"]] + [[a, u, str(b), str(c)] for a, u, b, c in rows]
    original = "主要指标见表1。\n" + "\n".join(c for row in cells for c in row) + "\n（注：均为半年数。）\n"
    n = join_flat_tables(Normalized.identity(original))
    assert not n.moved
    assert n.text == "主要指标见表1。\n" + "\n".join("\t".join(row) for row in cells) + "\n（注：均为半年数。）\n"


def test_lines_that_only_look_like_cells_stay() -> None:
    # a list of short lines with no row of figures, and a header whose rows change shape, are no table
    for text in ("一、基本情况\n二、主要做法\n三、存在问题\n2023\n四、下步打算\n",
                 "乡镇\n出生\n死亡\n城关镇\n312\n268\n石门乡\n待核\n101\n"):
        assert join_flat_tables(Normalized.identity(text)).text == text
    # (OCR letters in a figure cell still make it a figure: ll20 under 出生)
    flat = "乡镇\n出生\n死亡\n城关镇\nll20\n611\n石门乡\n806\n455\n"
    assert join_flat_tables(Normalized.identity(flat)).text == "乡镇\t出生\t死亡\n城关镇\tll20\t611\n石门乡\t806\t455\n"


def test_a_seals_words_in_a_line_are_dropped_and_the_label_meets_its_figure() -> None:
    n = dropping(drop_stamps, "全乡已婚育龄妇女 青石乡人民政府 印 3804人，要认真总结经验 金溪县人口和计划生育局 印 ，查找差距。")
    assert n.text == "全乡已婚育龄妇女 3804人，要认真总结经验 ，查找差距。"
    assert normalize("全乡已 婚 育 龄 妇 女 青石乡人民政府 印 3804人").text == "全乡已婚育龄妇女 3804人"
    text = "印发《工作方案》的通知。县人民政府印。"  # (印发, and 印 glued to its office: no seal read into a line)
    assert drop_stamps(Normalized.identity(text)).text == text


def test_what_scans_do_to_figures_and_labels() -> None:
    # S for 5 and B for 8 inside a run holding a digit (not B超, not a Latin word); 年未 for 年末, 入口 for 人口 and 干分
    # for 千分 in labels, not in 今年未, 出入口 or 干部; a letter-spaced word begun inside a word (全乡已 婚 育 龄…)
    assert normalize("年初总人口1S836人，已婚育龄妇女32BB人，B超检查120人次，IUD 30例").text == \
        "年初总人口15836人,已婚育龄妇女3288人,B超检查120人次,IUD 30例"
    assert normalize("全镇年未总人口27021人，今年未发生政策外生育。入口出生率12.5‰，村入口处，下降0.3个干分点，干部3人").text == \
        "全镇年末总人口27021人,今年未发生政策外生育。人口出生率12.5‰,村入口处,下降0.3个千分点,干部3人"
    assert normalize("人口出 生 率8.18‰，全乡已 婚 育 龄 妇 女3804人，全县 出生 人口，张 三").text == \
        "人口出生率8.18‰,全乡已婚育龄妇女3804人,全县 出生 人口,张 三"


def test_a_headline_over_its_paragraph_is_no_wrapped_line() -> None:
    # 989: a 简报 item's headline after an empty line, far shorter than the paragraph under it, stays its own line;
    # the paragraph's own wrap is still joined
    body = "2019年，柳林乡全年出生214人，其中男婴116人，女婴98人，出生人口性别比118.37，比上年下降2.1个百分\n点。"
    n = join_wrapped_lines(Normalized.identity("\n柳林乡出生人口结构平稳，四术任务超额完成\n" + body + "\n"))
    assert n.text == "\n柳林乡出生人口结构平稳，四术任务超额完成\n" + body.replace("\n", "") + "\n"


@settings(deadline=None)
@given(st.integers(0, 99999), st.sampled_from(["", ".5", ".12"]), st.sampled_from(["", "%", "‰"]),
       st.sampled_from(["人", "例", ""]))
def test_property_a_figure_in_yearbook_brackets_reads_as_the_figure(whole: int, frac: str, sign: str,
                                                                     unit: str) -> None:
    """1053: a 年鉴 entry marks every figure with 【】 (户籍人口【31562】人, 出生率【10.34‰】): the brackets go, each char
    left maps back to itself; a section heading 【人口】 holds no figure and stays."""
    figure = f"{whole}{frac}{sign}"
    n = dropping(norm.strip_emphasis, f"【人口】年末户籍人口【{figure}】{unit}，（2019年为【{figure}】）")
    assert n.text == f"【人口】年末户籍人口{figure}{unit}，（2019年为{figure}）"


@settings(deadline=None)
@given(st.integers(1, 12), st.integers(1, 31), st.integers(1990, 2030), st.integers(1, 99999))
def test_property_a_month_or_day_the_pasted_token_made_impossible_reads_as_it_was(month: int, day: int, year: int,
                                                                                 count: int) -> None:
    """1062: the scraper's 2023 over every 10 turns 截至10月底 into 截至2023月底 and 9月10日 into 9月2023日: such a month or day
    (no month or day can be 2023) reads as the one it was; a real year, a figure and a month no token touched stay as
    printed, and the map stays exact."""
    clean = f"{year}年截至{month}月底，全乡出生{count}人；{month}月{day}日结束。"
    pasted = clean.replace("10", "2023")
    n = norm.restore_pasted_dates(Normalized.identity(pasted))
    check_map(n)
    assert n.text == pasted.replace(f"{month}月".replace("10", "2023"), f"{month}月").replace(
        f"{day}日".replace("10", "2023"), f"{day}日")
    assert f"截至{month}月底" in n.text and f"{month}月{day}日" in n.text


@settings(deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["杨林村", "新民村", "红旗村", "长岭村", "合计"]),
                          st.lists(st.integers(0, 99999), min_size=3, max_size=3)), min_size=2, max_size=6))
def test_property_a_tab_table_joined_onto_one_line_is_rows_again(rows: list[tuple[str, list[int]]]) -> None:
    """878: a text table whose rows a copy joined with spaces (…如下: 村名\t出生\t计划内\t死亡 杨林村\t41\t40\t21 …)
    is a row a line again, char for char, the text before and after it on lines of its own."""
    lines = ["村名\t出生\t计划内\t死亡"] + ["\t".join([name, *map(str, cells)]) for name, cells in rows]
    _rows_again(split_tab_rows, "各村情况如下:", lines, "一、党政领导高度重视")


def _rows_again(step: Callable[[Normalized], Normalized], before: str, lines: list[str], after: str,
                as_copied: Callable[[str], str] = lambda line: line) -> None:
    """``step`` on the table ``lines`` joined onto one line with blanks (each as ``as_copied`` leaves it) between
    ``before`` and ``after`` gives them back a line each, char for char."""
    n = step(Normalized.identity(" ".join([before, *map(as_copied, lines), after])))
    assert not n.moved
    assert n.text == "\n".join([before, *lines, after])


def test_tab_runs_that_are_no_table_stay() -> None:
    # two runs are no header and rows; runs of different widths are not one table's rows
    for text in ("村名\t出生 杨林村\t41 其余见表", "村名\t出生\t死亡 杨林村\t41 新民村\t31\t12 红旗村\t27"):
        assert split_tab_rows(Normalized.identity(text)).text == text


def test_figures_a_blank_apart_join_only_before_a_unit() -> None:
    # a PDF's 312 604 人 is one number; 1142's table set on one line (男孩 61 127 女孩 57 114: this half-year's and the
    # year's) keeps its figures apart, the next label no unit
    assert normalize("户籍人口 312 604 人，年初户籍人口42 318人").text == "户籍人口 312604 人,年初户籍人口42318人"
    assert normalize("其中:男孩 61 127 女孩 57 114 一孩 49 110 二孩").text == "其中:男孩 61 127 女孩 57 114 一孩 49 110 二孩"


@settings(deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["期初人口", "出生人数", "其中:男孩", "女孩", "死亡人数", "出生率"]),
                          st.lists(st.integers(0, 99999), min_size=2, max_size=2)), min_size=3, max_size=8))
def test_property_a_table_of_periods_set_on_one_line_is_rows_again(rows: list[tuple[str, list[int]]]) -> None:
    """1142: a table of 上半年 | 全年 whose line breaks and cell gaps a copy made single blanks (… 项目 上半年 全年 期初人口
    23104 23104 出生人数 118 241 … 注：…): its header and rows on lines of their own, cells parted by tabs, char for
    char, the prose around it as it was."""
    lines = ["项目\t上半年\t全年"] + ["\t".join([label, *map(str, cells)]) for label, cells in rows]
    _rows_again(split_space_rows, "分半年情况见表1。", lines, "注:上半年各率为半年数。", lambda line: line.replace("\t", " "))


@settings(deadline=None)
@given(st.booleans(), st.lists(st.tuples(st.sampled_from(["桥口镇", "岩前乡", "柏溪镇", "上洋乡", "水口镇"]),
                                         st.lists(st.one_of(st.integers(0, 9999).map(str), st.just("—"),
                                                            st.decimals("0", "100", places=2).map(str)),
                                                  min_size=3, max_size=3)), min_size=3, max_size=8))
def test_property_a_table_of_units_set_on_one_line_is_rows_again(ranked: bool, rows: list[tuple[str, list[str]]]) -> None:
    """1156: a ranking table of townships whose line breaks and cell gaps a copy made single blanks (二、各乡镇政策符合率排名
    名次 乡镇 政策符合率(%) 出生人数 政策内出生 1 桥口镇 99.53 214 213 2 岩前乡 … 三、…): its header and rows on lines of
    their own, cells parted by tabs, char for char, whether or not the rows open with their rank."""
    lines = ["\t".join([*(["名次"] if ranked else []), "乡镇", "政策符合率(%)", "出生人数", "政策内出生"])]
    lines += ["\t".join([*([str(k)] if ranked else []), name, *cells]) for k, (name, cells) in enumerate(rows, 1)]
    _rows_again(split_space_rows, "二、各乡镇政策符合率排名", lines, "三、奖惩意见", lambda line: line.replace("\t", " "))


def test_a_ranking_table_on_one_line_keeps_its_total_row_whole() -> None:
    # the total's row has no rank: its name in the rank's column, a dash in the name's (全县 — 98.71 1942 1917 —), its
    # six cells one row; a row with a rank under a header with none ends the table
    text = "名次 乡镇 政策符合率 出生人数 政策内出生 考核得分 1 桥口镇 99.53 214 213 98.6 2 岩前乡 99.36 156 155 98.2 " \
           "3 柏溪镇 99.18 486 482 97.9 全县 — 98.71 1942 1917 — 三、奖惩意见"
    assert split_space_rows(Normalized.identity(text)).text.split("\n")[-2:] == [
        "全县\t—\t98.71\t1942\t1917\t—", "三、奖惩意见"]
    unranked = "乡镇 政策符合率 出生人数 政策内出生 1 桥口镇 99.53 214 213 2 岩前乡 99.36 156 155 3 柏溪镇 99.18 486 482 其余"
    assert split_space_rows(Normalized.identity(unranked)).text == unranked


def test_a_line_before_a_table_row_is_no_wrap() -> None:
    # a long line of prose ending in a word, then a table's header with its cells parted by tabs: not one line
    prose = "根据县委、县政府考核办法，县考核组对全县十个乡镇进行了年终考核，现将考核结果通报如下，二、各乡镇政策符合率排名"
    text = f"{prose}\n名次\t乡镇\t政策符合率\n1\t桥口镇\t99.53\n2\t岩前乡\t99.36\n3\t柏溪镇\t99.18"
    assert join_wrapped_lines(Normalized.identity(text)).text == text
    assert join_wrapped_lines(Normalized.identity(text.replace("\t", ""))).text != text.replace("\t", "")


def test_words_and_figures_a_blank_apart_that_are_no_table_stay() -> None:
    # two rows are no table; a sentence with 项目 and years but figures of another count per row is none either
    for text in ("项目 上半年 全年 出生人数 118 241 死亡人数 71 152 注", "项目 2019年 2020年 两年合计 12 说明文字 3 4 5 其他"):
        assert split_space_rows(Normalized.identity(text)).text == text


@settings(deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["竹坪村", "高岭村", "茅田村", "合计", ""]),
                          st.lists(st.integers(0, 99999), min_size=3, max_size=3)), min_size=1, max_size=6))
def test_property_a_markdown_table_joined_onto_one_line_is_rows_again(rows: list[tuple[str, list[int]]]) -> None:
    """1147: a markdown table whose rows the chunk lines joined onto one line (如下: | 村 | 出生 | 男 | 女 | | --- | … | |
    竹坪村 | 31 | 16 | 15 | … 从表中…): a row a line again, its rule row's width telling the rows apart even where a
    cell is blank, char for char, the words before and after on lines of their own."""
    lines = ["| 村 | 出生 | 男 | 女 |", "| --- | ---: | ---: | ---: |"]
    lines += ["| " + " | ".join([label, *map(str, cells)]) + " |" for label, cells in rows]
    _rows_again(split_pipe_rows, "各村情况如下:", lines, "从表中可以看出")



@settings(deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["结扎", "上环", "人流", "引产", "合计"]), st.integers(0, 999), st.integers(0, 999),
                          st.integers(0, 99999)), min_size=2, max_size=5), st.sampled_from(["　", " ", "\t", "  "]))
def test_property_slashed_rows_under_their_legend_are_a_table(rows: list[tuple[str, int, int, int]], blank: str) -> None:
    """1330: 全年四术分项列示如下（任务/完成/完成率）： / 结扎　120/126/105.00% / …: the legend is a header line, 项目 over the rows'
    labels, and each slash and the blank after a label a tab; every figure maps back to its own chars."""
    lines = [f"{label}{blank}{task}/{done}/{pct / 100:.2f}%" for label, task, done, pct in rows]
    text = "全年四术分项列示如下（任务/完成/完成率）：\n" + "\n".join(lines) + "\n两项均超额完成。"
    n = split_slashed_rows(Normalized.identity(text))
    check_map(n)
    table = ["项目\t任务\t完成\t完成率"] + [line.replace(blank, "\t", 1).replace("/", "\t") for line in lines]
    assert n.text == "全年四术分项列示如下\n" + "\n".join(table) + "\n两项均超额完成。"
    for line in lines:  # (the first row's figures: the same chars in the original)
        figure = line.split("/")[1]
        at = n.text.index("\t" + figure + "\t") + 1
        s, e = n.to_original(at, at + len(figure))
        assert text[s:e] == figure


def test_slashes_that_are_no_rows_under_a_legend_stay() -> None:
    # one row is no table; rows of another width than the legend's are not its rows; a date or a ratio in prose stays
    for text in ("四术（任务/完成/完成率）：\n结扎　120/126/105.00%\n其余见附表", "四术（任务/完成）：\n结扎　120/126/105.00%\n上环　210/223/106.19%",
                 "出生（男/女）比为108/100，2015/2016年度"):
        assert split_slashed_rows(Normalized.identity(text)).text == text


def _with_multipliers(n: int) -> str:
    """``n`` in digits with Chinese multipliers as a clerk types it (12300 → 1万2千3百, 3208 → 3千2百零8)."""
    wan, rest = divmod(n, 10000)
    parts = [f"{wan}万"] if wan else []
    gap = False
    for unit, div in (("千", 1000), ("百", 100), ("十", 10)):
        if d := rest // div % 10:
            parts.append(("零" if gap else "") + f"{d}{unit}")
            gap = False
        elif parts:
            gap = True
    if u := rest % 10:
        parts.append(("零" if parts and not parts[-1].endswith("十") else "") + str(u))
    return "".join(parts)


@settings(deadline=None)
@given(st.integers(100, 99_999_999))
def test_property_digits_with_chinese_multipliers_read_as_one_figure(n: int) -> None:
    """3千2百零8 → 3208, 1万2千3百 → 12300, 32万5千 → 325000: the figure whole, the map kept (a bare 3万 is the reader's)."""
    typed = _with_multipliers(n)
    assume("千" in typed or "百" in typed)
    text = f"全年出生{typed}人，比上年多2人。"
    got = wan_qian(Normalized.identity(text))
    check_map(got)
    assert got.text == f"全年出生{n}人，比上年多2人。"


def test_multipliers_that_make_no_figure_stay() -> None:
    # a decimal's 万 (2.3万), 万 alone (3万: the reader multiplies), multipliers out of order, 百分之 / 个百分点
    for text in ("年末人口2.3万人", "年末人口3万人", "3百2千人", "提高5个百分点", "百分之九十八", "2023年"):
        assert wan_qian(Normalized.identity(text)).text == text
    assert wan_qian(Normalized.identity("全年出生3千2人")).text == "全年出生3200人"  # (三千二: the next lower unit's)


@pytest.mark.parametrize(("text", "expected"), [
    ("全镇外来人口一百二十余人", "全镇外来人口120余人"),  # (余 between the numeral and its measure word)
    ("男女婴之比为一百一十七点七二比一百。", "男女婴之比为117.72比100。"),  # (a ratio and its base in words)
    ("完成廿四例，卅人参加", "完成24例,30人参加"),  # (廿 / 卅: twenty, thirty)
    ("1993年十二月廿八日", "1993年十二月二十八日"),  # (a date's day spelt out, no count)
    ("第一百二十名", "第一百二十名"),  # (an ordinal stays)
])
def test_numerals_in_the_forms_clerks_write(text: str, expected: str) -> None:
    assert normalize(text).text == expected

def test_a_rare_place_char_stays_in_the_basic_plane() -> None:
    # 1210's 潕阳县: OpenCC's t2s gives 𣲘 (U+23C98), which no report prints and no pattern's CJK range holds; the char
    # stays as printed, its neighbours still converted, the map char for char
    n = to_simplified(Normalized.identity("潕陽縣出生312人"))
    assert n.text == "潕阳县出生312人" and not n.moved


def test_the_table_of_convertible_chars_is_worked_out_once() -> None:
    # (every text with a char OpenCC converts asks for it: rebuilt each time, it cost 50 ms a call — 18 s on a file of
    # 365 reports, whose unit names are normalised one by one)
    cc = norm._t2s()
    assert norm._convertible(cc) is norm._convertible(cc)


@given(st.lists(st.sampled_from(IDEOGRAPHS), min_size=3, max_size=8), st.integers(1, 99999),
       st.sampled_from(["人", "‰", "%"]), st.lists(st.sampled_from(IDEOGRAPHS), min_size=1, max_size=4))
def test_property_a_letter_spaced_line_reads_its_figures_whole(label: list[str], figure: int, unit: str,
                                                                tail: list[str]) -> None:
    """A PDF's justified line, every char a blank apart, figures too (死 亡 1 4 3 人 。): all its blanks go, the figure
    reads whole; a line of single figures a blank apart with fewer than three ideographs keeps them (1 2 3 甲 乙)."""
    plain = f"{''.join(label)}{figure}{unit}。{''.join(tail)}"
    n = join_spaced_ideographs(Normalized.identity(" ".join(plain)))
    check_map(n)
    assert n.text == plain
    digits = " ".join(f"{figure}") + " 甲 乙"
    assert join_spaced_ideographs(Normalized.identity(digits)).text == digits


@given(st.text(alphabet=PLAIN, max_size=30), st.lists(st.sampled_from("\u200b\u200c\u200d\u2060\ufeff\u00ad"), max_size=6),
       st.randoms(use_true_random=False))
def test_property_invisible_chars_are_taken_out(text: str, invisibles: list[str], rng: random.Random) -> None:
    """Zero-width spaces, joiners and soft hyphens anywhere (年末户籍人口5\\u200b7904人): gone, the text as its reader sees
    it, each char left mapped to where it was."""
    chars = list(text)
    for ch in invisibles:
        chars.insert(rng.randint(0, len(chars)), ch)
    n = drop_invisibles(Normalized.identity("".join(chars)))
    check_map(n)
    assert n.text == text


def test_a_pdf_page_break_and_a_label_at_a_line_end_read_as_one_text() -> None:
    # a form feed is a line break (a role table after a page's footer and its \f is a table still)
    assert normalize("第 1 页 共 3 页\n\f  表1  四术完成情况\n").text == "第1页共3页\n\n  表1  四术完成情况\n"
    # a label ending a line whose next line opens with its count (a yearbook's 【避孕节育】年末全镇已婚育龄妇女‖7124人，…)
    text = "  【避孕节育】年末全镇已婚育龄妇女\n7124人，落实各种避孕节育措施5683人。"
    assert extract(text, "t").records[0].values["married_women"].number == 7124
    # a letter-spaced line's figure is no scanning damage: no ocr_figure warning on it
    doc = extract("全乡出生252人。全 年 死 亡 1 4 3 人 。 人 口 出 生 率 1 1 . 9 1 ‰ 。", "t")
    assert {k: v.number for k, v in doc.records[0].values.items()} == {"births": 252, "deaths": 143, "birth_rate": 11.91}
    assert not [f for f in doc.findings if f.rule == "ocr_figure"]
    assert [f.rule for f in extract("全年死亡1 4 3人。", "t").findings] == ["ocr_figure"]  # (a scan's blanks: told)
