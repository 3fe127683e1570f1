"""Phrasings met in reports beyond the seeds: tables pasted as text, changes 由…变为…, parity in 胎 and 个,
a plan figure before the achieved one, periods and units named only by the title. Expected values by hand."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from fpcheck.catalog import default_catalog
from fpcheck.extract import extract, grammar


def one(text: str) -> dict[str, float | None]:
    """Indicator → number over all records of ``text``."""
    return {k: v.number for r in extract(text, "t").records for k, v in r.values.items()}

TABLE = ("项目\t本年\t上年\t单位\n"
         "年末总人口\t38167\t38214\t人\n"
         "出生人数\t312\t335\t人\n"
         "  其中：一孩\t131\t142\t人\n"
         "死亡人数        280        223      人\n"
         "出生率\t8.17\t8.78\t‰\n")


def test_a_table_pasted_as_text_reads_this_years_column() -> None:
    got = one(TABLE)
    assert got == {"population_end": 38167, "births": 312, "births_first": 131, "deaths": 280, "birth_rate": 8.17}


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([" ", "\t"]), min_size=1, max_size=30).map("".join).filter(lambda pad: pad != " "))
def test_property_any_blank_padding_between_label_and_figure_is_one_gap(pad: str) -> None:
    assert one(f"出生人数{pad}312{pad}335{pad}人\n") == {"births": 312}
    # (one blank each side is how a PDF sets a grouped figure: 出生人数 312 335 人 is 312335 — decided 2026-12-06, 534)
    assert one("出生人数 312 335 人\n") == {"births": 312335}


def test_a_change_from_start_to_end_of_year_gives_both_populations() -> None:
    got = one("全乡总人口由24318人（1月1日）变为24276人（12月31日），全年减少42人。")
    assert got == {"population_start": 24318, "population_end": 24276}
    got = one("全区常住人口由上年末的41235人减少至年末的41098人。")
    assert got == {"population_start": 41235, "population_end": 41098}


def test_a_rate_change_reads_only_the_new_rate() -> None:
    assert one("人口出生率由9.10‰降至8.07‰。") == {"birth_rate": 8.07}


def test_a_change_that_is_a_target_is_not_read() -> None:
    assert one("力争总人口由5000人增加到5100人。") == {}


def test_parities_counted_in_tai_and_ge() -> None:
    got = one("全年出生196人，其中头胎82个，第二胎91个，第三胎及以上23个。男孩102个、女孩94个。")
    assert got == {"births": 196, "births_first": 82, "births_second": 91, "births_third_plus": 23,
                   "births_male": 102, "births_female": 94}


def test_ge_before_a_noun_counts_something_else() -> None:
    assert one("头胎3个村，二胎5个组。") == {}


def test_a_planned_count_before_the_achieved_one() -> None:
    got = one("年初计划完成四术380例，实际完成412例，完成计划的108.42%。")
    assert got == {"surgeries_target": 380, "surgeries": 412, "surgeries_pct": 108.42}


def test_deaths_after_a_cause() -> None:
    assert one("因各种原因死亡3,617人。") == {"deaths": 3617}


def test_title_names_unit_and_year() -> None:
    doc = extract("双树村2013年人口与计划生育工作汇报\n\n全村出生14人，死亡9人。\n", "t")
    assert [(r.unit, r.period) for r in doc.records] == [("双树村", "full-year")]
    doc = extract("白云乡2013年1-9月人口计生工作小结\n\n全乡出生96人。\n", "t")
    assert [(r.unit, r.period) for r in doc.records] == [("白云乡", "to-date: 9月")]
    doc = extract("2012年，全市人口出生率为10.86‰。\n", "t")
    assert [r.period for r in doc.records] == ["full-year"]
    doc = extract("2012年以来，全市人口出生率为10.86‰。\n", "t")
    assert [r.period for r in doc.records] == [None]


def test_actual_after_a_target_is_the_indicator_last_named() -> None:
    assert one("人口自然增长率控制在5‰以内，实际为3.21‰。") == {"natural_growth_rate": 3.21}
    assert one("确保出生率控制在10‰以内，实际为9.5‰。") == {"birth_rate": 9.5}
    assert one("计划出生200人，实际出生180人。") == {"births": 180}
    # after a quota (a target indicator itself) 实际 names nothing: 205 is not a quota
    assert one("人口计划210人，实际为205人。") == {"birth_quota": 210}
    # with no indicator named before it, and inside a target clause, nothing
    assert one("实际为50人。") == {}
    assert one("力争实际出生180人。") == {}


def test_newborns_born() -> None:
    assert one("全年新生儿出生2,012人。") == {"births": 2012}


def test_sex_words_and_ratios() -> None:
    assert one("年末总人口56818人，其中男性28765人，女性28053人。") == {
        "population_end": 56818, "population_male": 28765, "population_female": 28053}
    assert one("出生人口中，男婴、女婴分别为1486人和1378人，男女性别比为107.84。") == {
        "births_male": 1486, "births_female": 1378, "sex_ratio_at_birth": 107.84}
    assert one("出生人口性别比由上年的115.3下降到112.6。") == {"sex_ratio_at_birth": 112.6}
    assert one("出生人口性别比由2010年的115.3下降到112.6。") == {}  # from another year: not this change's start
    assert one("出生婴儿男1702人、女1425人，出生人口性别比119.44。") == {  # (1702/1425 = 119.44)
        "births_male": 1702, "births_female": 1425, "sex_ratio_at_birth": 119.44}


def test_a_checkup_rate_only_in_checkups() -> None:
    assert one("孕环情检查应查8562人，实查8431人，检查率98.47%。") == {
        "checkup_expected": 8562, "checkup_done": 8431, "checkup_rate": 98.47}
    assert one("四术任务262例，完成252例，检查率98%。") == {"surgeries_target": 262, "surgeries": 252}


def test_a_share_of_the_annual_task() -> None:
    assert one("全年完成四术486例，为全年任务的108.00%，其中放环312例。") == {
        "surgeries": 486, "surgeries_pct": 108.0, "iud_insertions": 312}


def test_labels_in_brackets_and_units_in_parentheses() -> None:
    assert one("【出生人口】523人　【死亡人口】301人") == {"births": 523, "deaths": 301}
    assert one("出生人数（人）：523\n出生率（‰）：11.15\n计划生育率（%）　97.04\n") == {
        "births": 523, "birth_rate": 11.15, "planned_birth_rate": 97.04}


def test_same_period_alone_is_this_period() -> None:
    assert one("截至9月底，全镇出生312人，同期死亡256人。") == {"births": 312, "deaths": 256}
    assert one("上年同期死亡256人。") == {}
    assert one("出生312人，比同期增加15人。") == {"births": 312}


def test_a_wider_area_in_a_units_report_is_not_the_unit() -> None:
    text = "清河镇2013年人口和计划生育工作总结\n全市出生率为10.5‰，我镇出生率为11.2‰；全县死亡率为6.1‰，全镇死亡率为5.9‰。\n"
    assert one(text) == {"birth_rate": 11.2, "death_rate": 5.9}
    # in the city's own report 全市 is the unit itself
    assert one("江城市2013年统计公报\n全市出生率为10.5‰。\n") == {"birth_rate": 10.5}


def test_a_group_among_the_floating_population_is_not_the_units() -> None:
    assert one("全镇已婚育龄妇女9876人，流动人口中已婚育龄妇女1235人。") == {"married_women": 9876}


def test_the_base_of_a_sex_ratio_is_not_a_count() -> None:
    assert one("出生人口男女性别比为108.13（女性为100）。") == {"sex_ratio_at_birth": 108.13}


def test_a_clause_opening_with_another_place_is_that_places() -> None:
    text = "宝岭县2014年人口和计划生育工作总结\n全县出生2214人。城关镇全年出生412人，占全县出生人口的18.6%。\n"
    doc = extract(text, "t")
    assert [(r.unit, {k: v.number for k, v in r.values.items()}) for r in doc.records] == [
        ("宝岭县", {"births": 2214}), ("城关镇", {"births": 412})]
    # a word that merely ends like a place (辖区, 城镇) is no other unit
    text = "城东街道2013年工作总结\n街道常住人口19530人，全年出生175人。辖区流动人口6420人。\n"
    assert one(text) == {"population": 19530, "births": 175, "floating_population": 6420}


def test_a_speech_reviewing_the_year() -> None:
    text = ("先说人口的账。全乡年初总人口21436人，到年底是21598人。全年共登记出生254人，死亡登记131人。"
            "合法生育245人，政策外生育9人，合法生育率96.46%。应检3860人，实检3771人，监测率97.69%。"
            "乡计生服务所全年做四术218例。\n三、2008年的任务\n县里给我乡下达的2008年人口计划是260人。\n")
    assert one(text) == {"population_start": 21436, "population_end": 21598, "births": 254, "deaths": 131,
                         "births_planned": 245, "planned_birth_rate": 96.46, "checkup_expected": 3860,
                         "checkup_done": 3771, "checkup_rate": 97.69, "surgeries": 218}


def test_a_share_of_the_plan_is_no_target_statement() -> None:
    got = one("全年实际出生321人，占计划的94.41%，其中一孩214人、二孩101人、多孩6人。")
    assert got == {"births": 321, "birth_quota_used_pct": 94.41, "births_first": 214, "births_second": 101,
                   "births_third_plus": 6}
    got = one("全年下达四术任务180例，实际完成193例，完成任务的107.22%，其中放环121例。")
    assert got == {"surgeries_target": 180, "surgeries": 193, "surgeries_pct": 107.22, "iud_insertions": 121}
    # 461: a report printing its rates bare — the share with decimals is the share, not a count with a fraction
    got = one("县下达我乡四术任务96例，实际完成101例，完成任务的105.21。")
    assert got == {"surgeries_target": 96, "surgeries": 101, "surgeries_pct": 105.21}
    # a bare whole number there is no share (完成任务的2倍 would not be either)
    assert "surgeries_pct" not in one("县下达我乡四术任务96例，实际完成101例，完成任务的105。")


def test_a_breakdown_after_qizhong_belongs_to_the_figure_before() -> None:
    got = one("一孩2391人，均属计划内；二孩1163人，其中计划内1122人；多孩64人，其中计划内41人。")
    assert got == {"births_first": 2391, "births_second": 1163, "births_second_planned": 1122,
                   "births_third_plus": 64, "births_third_plus_planned": 41}
    assert one("全年出生767人，其中计划内625人。") == {"births": 767, "births_planned": 625}


def test_a_sentence_with_no_figure_still_names_the_subject_of_the_next() -> None:
    # the task after a semicolon or at a line's start is the task of what the figure-free sentence before names
    assert one("全年落实四术情况；任务262例，完成252例。") == {"surgeries_target": 262, "surgeries": 252}
    assert one("全年四术\n任务262例，完成252例。") == {"surgeries_target": 262, "surgeries": 252}
    # …and after a full stop the next sentence starts afresh: a task of nothing named is no one's
    assert one("全年落实四术情况。另外，任务262例。") == {}


def test_a_yearbook_entry_opening_with_its_place_in_brackets_is_that_places() -> None:
    page = ("石门县年鉴·2002\n【双桥乡】 位于县境东南部，辖12个行政村。\n　　人口与计划生育 2001年末，全乡总人口21454人。"
            "全年出生246人。\n【黄土乡】 位于县境西部，辖9个行政村。\n")
    assert [(r.unit, {k: v.number for k, v in r.values.items()}) for r in extract(page, "t").records] == [
        ("双桥乡", {"population_end": 21454, "births": 246}), ("黄土乡", {})]  # (the next entry: its own, no figure)
    # a bracketed topic is no place, though it holds a place's last char (行政区划: 区)
    topic = "沣水县情概况\n【行政区划】全县辖9个镇、5个乡。\n【人口】2022年末全县户籍总人口412806人。\n"
    assert [r.unit for r in extract(topic, "t").records] == ["沣水县"]


def test_a_cue_read_through_a_word_before_it_that_adds_nothing() -> None:
    # 全年出生 is 出生 with 全年 before it: 全年出生率 is the birth rate, not 全年出生 and 率
    assert one("全年出生612人。全年出生率13.15‰，死亡率6.10‰。") == {"births": 612, "birth_rate": 13.15, "death_rate": 6.1}
    assert one("全年出生人口性别比为112.5。") == {"sex_ratio_at_birth": 112.5}  # (not the population's)
    assert one("全年出生婴儿性别比112.5，全年出生一孩310人。") == {"sex_ratio_at_birth": 112.5, "births_first": 310}
    assert one("婴儿出生人口为312。") == {"births": 312}  # (婴儿 before 出生人口 would negate it: 婴儿出生 is births)


def _qualified_cues() -> list[tuple[str, str]]:
    """(a word that qualifies a cue without changing it, a longer cue starting with that cue): 全年 + 出生率."""
    g = grammar(default_catalog())
    words = sorted(g.cues)
    return [(w[:k], v) for w, ks in g.cue_inner.items() for k in ks for v in words
            if v.startswith(w[k:]) and len(v) > len(w) - k]


@settings(deadline=None, max_examples=150)
@given(st.sampled_from(_qualified_cues()), st.sampled_from(["312", "12.34", "1,086"]))
def test_property_a_qualifying_word_before_a_cue_changes_no_reading(pair: tuple[str, str], figure: str) -> None:
    word, cue = pair
    assert one(f"{word}{cue}为{figure}。") == one(f"{cue}为{figure}。")


def by_unit(text: str) -> dict[str | None, dict[str, float | None]]:
    return {r.unit: {k: v.number for k, v in r.values.items()} for r in extract(text, "t").records}


def test_the_units_figure_after_the_wider_areas_in_the_same_sentence() -> None:
    got = by_unit("青石乡2012年工作总结\n全年出生246人，全县出生率为11.2‰，我乡为10.47‰，低于全县0.73个千分点。")
    assert got == {"青石乡": {"births": 246, "birth_rate": 10.47}}  # (not the county's 11.2)
    assert by_unit("白马镇2010年总结\n全县出生4212人，我镇为246人。") == {"白马镇": {"births": 246}}


def test_the_villages_with_most_and_fewest_and_a_place_ranked_first() -> None:
    text = ("青石乡2012年工作总结\n全乡出生246人。全乡14个行政村平均每村出生17.6人，出生最多的是东坪村，38人；最少的是岩口村，"
            "仅6人。")
    assert by_unit(text) == {"青石乡": {"births": 246}, "东坪村": {"births": 38}, "岩口村": {"births": 6}}
    # a name of two chars after 是 (not 是东村: no place starts with 是 or 的, as 和平镇 starts with 和)
    assert by_unit("石门镇2024年总结\n全镇出生318人。在18个行政村中，出生最多的是东村，42人。") == {
        "石门镇": {"births": 318}, "东村": {"births": 42}}
    county = ("双河县2016年通报\n全县出生3418人。城关镇出生612人，占全县出生总数的17.91%；其中石桥乡出生率最高，为13.62‰，"
              "比全县高1.22个千分点；龙口镇计划生育率最低，仅为92.37%。")
    got = by_unit(county)
    assert got["石桥乡"] == {"birth_rate": 13.62} and got["龙口镇"] == {"planned_birth_rate": 92.37}
    assert got["双河县"] == {"births": 3418}
    # a bare figure after a comma is a place's only with a unit of count or rate (城关镇，2019年… is no figure of it)
    assert "城关镇" not in by_unit("双河县2016年通报\n全县出生3418人。出生最多的是城关镇，2019年以来一直如此。")


def test_a_months_last_day_before_the_population_is_the_periods_end() -> None:
    got = one("截至10月底，全镇年初总人口31206人，10月31日总人口31318人，出生286人。")
    assert got["population_start"] == 31206 and got["population_end"] == 31318
    assert one("全镇年初总人口31206人，6月30日总人口31318人。")["population_end"] == 31318


def test_a_later_rounds_target_leaves_the_rounds_figure_read() -> None:
    text = ("金桥镇2012年上半年小结\n二、技术服务情况\n春季三查应参检5216人，实查5034人，参检率96.51%。\n"
            "五、下半年工作打算\n秋季三查参检率达到95%以上。")
    assert by_unit(text)["金桥镇"] == {"checkup_expected": 5216, "checkup_done": 5034, "checkup_rate": 96.51}
    # …while a later round's own figure replaces the earlier one (the year's is the last round's)
    both = "春季三查应查5216人，三查率96.51%；秋季三查应查5230人，三查率97.02%。"
    assert one(both) == {"checkup_expected": 5230, "checkup_rate": 97.02}


def test_the_women_and_the_check_up_rate_in_other_words() -> None:
    got = one("全镇育龄已婚妇女6218人，其中未生育的412人。春季三查应参检5216人，实查5034人，参检率96.51%。")
    assert got["married_women"] == 6218 and got["checkup_rate"] == 96.51
    assert one("年内出生312人，死亡201人。") == {"births": 312, "deaths": 201}  # (年内: the period, before a short cue)
    assert one("孕检对象5216人，已孕检5034人，孕检率96.51%。") == {
        "checkup_expected": 5216, "checkup_done": 5034, "checkup_rate": 96.51}
    assert one("已婚育龄妇女6218人，其中三孩以上妇女166人。")["married_women_three_plus"] == 166
    assert one("外来人口1260人。") == {"floating_population": 1260}  # (migrants: not the population)


def test_a_box_table_of_tasks_with_a_column_of_last_years_work() -> None:
    table = ("石桥乡1998年四术完成情况\n"
             "│项　目  │任务（例）  │完成（例）  │完成率（%）  │上年完成（例）  │\n"
             "│结　扎  │          40│          38│        95.00│              45│\n"
             "│放　环  │         100│         108│       108.00│              96│\n"
             "│合　计  │         140│         146│       104.29│             141│\n")
    got = one(table)
    assert got["sterilizations_target"] == 40 and got["sterilizations"] == 38 and got["sterilizations_pct"] == 95
    assert got["surgeries_target"] == 140 and got["surgeries"] == 146 and got["surgeries_pct"] == 104.29
    assert 45 not in got.values() and 141 not in got.values()  # (last year's column: none of this year's)


def test_a_table_of_the_month_beside_the_year_to_date() -> None:
    text = ("梅溪乡人口和计划生育统计月报\n2015年第11期\n项　目             本期（11月）    累计（1—11月）\n"
            "出生人数                     21               236\n三孩及以上                  —                 7\n"
            "死亡人数                     14               152\n出生率（‰）                   —             10.90\n"
            "注：11月末全乡户籍人口21684人，年初21608人。\n")
    got = {r.period: {k: v.number for k, v in r.values.items()} for r in extract(text, "t").records}
    assert got[None] == {"births": 21, "deaths": 14}  # (the month's: its — is no figure, not the next column's)
    assert got["to-date: 11月"] == {"births": 236, "births_third_plus": 7, "deaths": 152, "birth_rate": 10.9,
                                    "population_end": 21684, "population_start": 21608}


def test_a_section_of_next_years_requirements_states_targets() -> None:
    text = "清江县2005年通报\n一、全县出生1393人。\n三、2006年工作要求。县下达2006年全县人口计划1450人。\n"
    assert one(text) == {"births": 1393}


def test_a_revised_figure_replaces_the_one_first_reported() -> None:
    # an inspection's verified figures, the verification opening their sentence
    got = one("你镇年报上报全年出生206人，政策符合率98.54%。经核查，实际出生211人，政策内出生204人，政策符合率为96.68%。")
    assert got["births"] == 211 and got["planned_birth_rate"] == 96.68
    # a bulletin's 快报 rate, then the 年报's figures
    got = one("全年出生人口，12月份统计快报数为3846人，出生率10.88‰；经年报核定，全年出生3871人，出生率10.95‰。")
    assert got == {"births": 3871, "birth_rate": 10.95}
    assert one("年底初步统计全年出生406人，经与派出所逐户核对后，最终统计全年出生410人。") == {"births": 410}
    # the aside after a figure as it stood is its own (101.33% was the 76's share), the share after it the year's
    got = one("放环由原报76例（完成率101.33%）核减为72例。分项目看：放环任务75例，完成72例，完成率96.00%。")
    assert got["iud_insertions"] == 72 and got["iud_insertions_pct"] == 96
    assert one("全年应参加孕环情监测3960人，实际参检3874人。")["checkup_expected"] == 3960


def test_a_census_bulletin_titled_with_its_year_is_a_moment_not_a_year() -> None:
    text = ("和阳县2010年第六次全国人口普查主要数据公报\n根据国务院的决定，我国以2010年11月1日零时为标准时点进行了第六次全国人口"
            "普查。\n一、常住人口。全县常住人口为318642人。\n")
    (rec,) = extract(text, "t").records
    assert rec.period is None and rec.values["population"].number == 318642
    assert extract("和阳县2010年人口和计划生育工作总结\n全县出生3126人。", "t").records[0].period == "full-year"


def test_a_markdown_table_and_a_last_year_first_column() -> None:
    md = "| 指标 | 本年 | 上年 |\n|---|---|---|\n| 出生人数 | 312 | 335 |\n| 出生率(‰) | 8.17 | 8.78 |\n"
    assert one(md) == {"births": 312, "birth_rate": 8.17}
    # the first figure column headed 上年 is last year's: nothing from it
    assert one("| 指标 | 上年 | 本年 |\n|---|---|---|\n| 出生人数 | 335 | 312 |\n") == {}
    assert one("项目\t上年\t本年\t单位\n出生人数\t335\t312\t人\n  其中：一孩\t142\t131\t人\n") == {}
    assert one(TABLE.replace("本年\t上年", "本年\t去年")) == one(TABLE)  # 本年 first: read as before


def test_a_mean_population_is_never_a_year_end_one() -> None:
    assert one("全县年末总人口513,410人，年初511,870人，年平均人口512,640人。") == {
        "population_end": 513410, "population_start": 511870, "population": 512640}


def test_markdown_bold_figures_are_figures_not_masks() -> None:
    assert one("出生人口性别比为**108.37**。全镇已婚育龄妇女 **8,412** 人。") == {
        "sex_ratio_at_birth": 108.37, "married_women": 8412}
    doc = extract("出生**人，死亡**人。", "t")  # a mask of two stars stays a mask
    assert [v.masked for r in doc.records for v in r.values.values()] == [True, True]
    # 453 (a WeChat post): a bold heading over its figures, a bold figure with its unit, a bold negative rate
    assert one("🍼 **新生宝宝**\n全年共迎来新生宝宝 **216个**。\n户籍人口 **38,652人**。\n人口自然增长率：**-3.22‰**\n") == {
        "births": 216, "population": 38652, "natural_growth_rate": -3.22}


def test_an_aside_between_a_cue_and_its_figure() -> None:
    assert one("总人口性别比（以女性为100，男性对女性的比例）为104.12。") == {"population_sex_ratio": 104.12}
    assert one("出生率（上年为8.5‰）为8.17‰。") == {"birth_rate": 8.17}


def test_parts_headed_di_n_bufen_split_periods() -> None:
    text = ("岚桥镇2011年人口计生工作台账\n\n第一部分　上半年工作回顾（1—6月）\n1—6月全镇共生育197人，人口计划使用率48.05%。\n"
            "\n第二部分　全年工作完成情况\n全年共有402名新生儿降生。下半年出生205人。\n")
    doc = extract(text, "t")
    assert [(r.unit, r.period, {k: v.number for k, v in r.values.items()}) for r in doc.records] == [
        ("岚桥镇", "half-year", {"births": 197, "birth_quota_used_pct": 48.05}),
        ("岚桥镇", "full-year", {"births": 402})]


def test_quota_words_of_a_street_office() -> None:
    got = one("区下达我街道2017年生育指标350个。1—3月全街道共降生婴儿83名，生育指标已使用83个，占全年指标的23.71%。")
    assert got == {"birth_quota": 350, "births": 83, "birth_quota_used_pct": 23.71}


def test_last_years_end_is_this_years_start_and_women_by_births() -> None:
    assert one("上年末总人口为31,987人，年末总人口为32,156人。") == {
        "population_start": 31987, "population_end": 32156}
    assert one("已婚育龄妇女中，已生育一孩的2,310人，生育二孩的3,102人。") == {
        "married_women_one_child": 2310, "married_women_two_children": 3102}
    assert one("全年生育一孩120人，生育二孩98人。") == {"births_first": 120, "births_second": 98}


def test_this_year_after_a_bound_or_last_year() -> None:
    assert one("计划生育率连续五年保持在95%以上，今年达到97.12%。") == {"planned_birth_rate": 97.12}
    assert one("出生率去年为11.56‰，今年为11.23‰。") == {"birth_rate": 11.23}
    assert one("确保计划生育率今年达到97%。") == {}


def test_round_299_to_308_phrasings() -> None:
    # a third-plus share with no count before it; a village's households after 共; 多胎率 keeps the births as
    # subject for 男 / 女 after a semicolon
    assert one("在全年出生人口中，二孩占46.3%，三孩及以上占7.85%。") == {"third_plus_birth_share": 7.85}
    assert one("上年三孩及以上占7.85%。") == {}
    assert one("辖9个村民小组，全村共436户。") == {"households": 436}
    assert one("全年出生398人，多胎33人，多胎率8.29%；男214人，女184人。") == {
        "births": 398, "births_third_plus": 33, "third_plus_birth_share": 8.29, "births_male": 214, "births_female": 184}


def test_round_309_to_318_phrasings() -> None:
    # a Chinese-numeral decimal before a parenthesis; a text table's unit cell 女=100; the populations a rate is
    # based on (以年初…、年末…计); the start and end in brackets after a colon; a score sheet's 完成值 column
    assert one("出生人口性别比为一百一十点四五（男婴1268人、女婴1148人）。")["sex_ratio_at_birth"] == 110.45
    assert one("指标\t单位\t2021年\t上年\n出生人口性别比\t女=100\t110.20\t110.62\n") == {"sex_ratio_at_birth": 110.2}
    assert one("死亡121人。以年初15207人、年末15288人计，出生率12.85‰。") == {
        "deaths": 121, "population_start": 15207, "population_end": 15288, "birth_rate": 12.85}
    assert one("死亡97人，以年初18247人、9月底18306人计，出生率9.47‰。") == {  # (550: to September)
        "deaths": 97, "population_start": 18247, "population_end": 18306, "birth_rate": 9.47}
    assert one("户籍人口：年初（41268人），6月末（41392人），净增（124人）。") == {
        "population_start": 41268, "population_end": 41392}
    sheet = ("考核项目              分值    目标值        完成值        得分\n"
             "出生人口性别比        15      ≤112          109.09        15\n"
             "孕情监测率            10      ≥95%          96.38%        10\n")
    assert one(sheet) == {"sex_ratio_at_birth": 109.09, "checkup_rate": 96.38}
    assert one("三孩及以上出生436人，占出生人口的14.60%。") == {"births_third_plus": 436, "third_plus_birth_share": 14.6}


def test_round_319_to_328_phrasings() -> None:
    # a notice board: each label on its line and its figure on the next; label：value items are not wrapped prose;
    # 49岁以下已婚育龄妇女 is every married woman, 流入已婚育龄妇女 the migrants (no unit's total)
    board = "全村户数\n402户\n\n年初户籍人口\n1286人\n\n全年出生\n9人\n\n出生人口性别比\n125.00\n\n人口自然增长率\n-3.90‰\n"
    assert one(board) == {"households": 402, "population_start": 1286, "births": 9, "sex_ratio_at_birth": 125,
                          "natural_growth_rate": -3.9}
    labelled = "全年出生：462人\n其中：一孩248人，二孩176人，多孩38人\n男孩：246人　女孩：216人\n出生性别比：113.89\n"
    assert one(labelled) == {"births": 462, "births_first": 248, "births_second": 176, "births_third_plus": 38,
                             "births_male": 246, "births_female": 216, "sex_ratio_at_birth": 113.89}
    assert one("全镇49岁以下已婚育龄妇女6128人，其中流入已婚育龄妇女318人。") == {"married_women": 6128}


def test_round_329_to_338_phrasings() -> None:
    # 其中 after the resident population opens the registered one's change from start to end
    assert one("截至9月30日，街道常住人口86420人，其中户籍人口由年初的41208人增加到9月末的41356人。") == {
        "population": 86420, "population_start": 41208, "population_end": 41356}


def test_round_339_to_348_phrasings() -> None:
    # a task after a 其中 list of the 四术's kinds is the 四术's; a kind's own task right after it stays the kind's
    assert one("全年完成四项手术268例，其中结扎64例，上环152例，人流41例，引产11例，县下达任务250例，完成任务的107.20%。") == {
        "surgeries": 268, "sterilizations": 64, "iud_insertions": 152, "abortions": 41, "induced_labors": 11,
        "surgeries_target": 250, "surgeries_pct": 107.2}
    assert one("全年完成四术268例，其中结扎64例，结扎任务60例，完成率106.67%。")["sterilizations_target"] == 60
    # a kind's own task right after the cue naming it (完成结扎任务（120例）的113.33%, 327)
    assert one("其中：结扎136例，完成结扎任务（120例）的113.33%；上环214例，完成上环任务（200例）的107.00%。") == {
        "sterilizations": 136, "sterilizations_target": 120, "sterilizations_pct": 113.33,
        "iud_insertions": 214, "iud_insertions_target": 200, "iud_insertions_pct": 107.0}
    # the migrants' breakdown, 其中 a clause after their count, is theirs; 已婚育妇
    assert one("年末登记流动人口18620人，主要集中在工业园区，其中已婚育龄妇女4135人。") == {"floating_population": 18620}
    assert one("全乡已婚育妇4862人，已落实各种节育措施4317人。") == {"married_women": 4862, "contraception_users": 4317}
    # a kind after 提供 (全年免费提供放环1402例、结扎95例, 354)
    assert one("全年免费提供放环1402例、结扎95例、人流611例。") == {"iud_insertions": 1402, "sterilizations": 95,
                                                       "abortions": 611}
    # label lines: a task's share on the line after its quota's (321)
    assert one("出生率：5.68‰\n全年人口计划：520人\n占全年计划：50.58%\n") == {
        "birth_rate": 5.68, "birth_quota": 520, "birth_quota_used_pct": 50.58}


def test_a_comparison_first_then_this_years_figure() -> None:
    # 与上年相比 opens each statement: the change (少出生17人, 减少57人) is no value, 今年为 / 今年末为 gives the figure of
    # what the change named (the year-end population after 总人口, the women after 已婚育龄妇女)
    assert one("与上年相比，全年少出生17人，今年为356人。") == {"births": 356}
    assert one("与上年相比，全年多死亡9人，今年为181人；死亡率今年为5.93‰。") == {"deaths": 181, "death_rate": 5.93}
    assert one("与上年末相比，全镇总人口增加了186人，今年末为30598人（年初为30412人）。") == {
        "population_end": 30598, "population_start": 30412}
    assert one("与上年末相比，已婚育龄妇女减少57人，今年末为6843人；落实各种节育措施的今年为5912人。") == {
        "married_women": 6843, "contraception_users": 5912}
    assert one("分孩次：一孩比上年少4人，今年为178人；二孩比上年少9人，今年为165人；三孩及以上比上年少4人，今年为13人。") == {
        "births_first": 178, "births_second": 165, "births_third_plus": 13}
    assert one("全年少出生17人。") == {}  # (a change alone is nothing)


def test_a_sentence_opening_with_a_village_is_the_villages() -> None:
    text = "城关镇2014年人口计生工作总结\n全镇出生312人，死亡280人。\n附：各村情况\n东村出生52人，死亡31人。\n西村出生48人。\n"
    assert [(r.unit, {k: v.number for k, v in r.values.items()}) for r in extract(text, "t").records] == [
        ("城关镇", {"births": 312, "deaths": 280}), ("东村", {"births": 52, "deaths": 31}), ("西村", {"births": 48})]


def test_a_village_naming_itself_in_its_own_report() -> None:
    assert one("双树村2013年人口与计划生育工作汇报\n双树村全年出生14人，死亡9人。\n") == {"births": 14, "deaths": 9}


def test_a_target_in_brackets_before_its_share() -> None:
    # the bracket holds the quota or task itself; the share after it is the completion (360 × 1.0389 = 374)
    assert one("全年完成四术374例，完成县下达任务（360例）的103.89%，其中上环236例。") == {
        "surgeries": 374, "surgeries_target": 360, "surgeries_pct": 103.89, "iud_insertions": 236}
    assert one("全年出生人口占市下达人口计划（3700人）的97.78%。") == {"birth_quota": 3700, "birth_quota_used_pct": 97.78}
    # a bracket holding more than a figure is still an aside, and a figure before another unit word is no count
    assert one("总人口性别比（以女性为100）为104.12。") == {"population_sex_ratio": 104.12}
    assert one("已婚育龄妇女（15-49岁）10392人，出生人口（2016年）767人。") == {"married_women": 10392, "births": 767}


def test_a_quota_issued_by_the_county_is_the_towns() -> None:
    text = "岚桥镇2011年人口计生工作总结\n全年共有402名新生儿降生，占县下达人口计划410人的98.05%。\n沛县出生1200人。"
    (rec,) = extract(text, "t").records
    # 402/410 = 98.05%; 占县 is no county and 县下达 names the issuer; 沛县 opening a clause is another county
    assert rec.unit == "岚桥镇"
    assert {k: v.number for k, v in rec.values.items()} == {"births": 402, "birth_quota": 410, "birth_quota_used_pct": 98.05}


def test_contraception_counted_in_women_or_in_measures() -> None:
    # 人: the women using contraception (6158/7046 = 87.40%); 例: the measures taken in the year (seed 000)
    assert one("全镇已婚育龄妇女7046人，采取节育措施的6158人，综合节育率87.40%。") == {
        "married_women": 7046, "contraception_users": 6158, "contraceptive_rate": 87.4}
    assert one("全镇共落实节育措施355例，综合节育率达85.55%。") == {"contraception_cases": 355, "contraceptive_rate": 85.55}
    assert one("741人属计划内生育，其中10875人落实了各项节育措施。") == {
        "births_planned": 741, "contraception_users": 10875}


def test_a_share_before_the_count_and_a_completion_rate_in_brackets() -> None:
    # 331 is the count after the share; 完成 with a percentage is the completion rate (118/110 = 107.27%)
    assert one("出生人口中一孩占64.65%，计331人；二孩168人。") == {"births_first": 331, "births_second": 168}
    assert one("出生人口中男孩占52%，女孩480人。") == {"births_female": 480}  # (the share is no count)
    assert one("其中结扎118例（任务110例，完成107.27%），放环204例。") == {
        "sterilizations": 118, "sterilizations_target": 110, "sterilizations_pct": 107.27, "iud_insertions": 204}
    assert one("全年出生767人，完成98.5%。") == {"births": 767}  # 完成 names no count of births: nothing to rate


def test_start_population_as_last_years_end_or_compared_with_the_years_start() -> None:
    assert one("年末总人口为15402人，比年初的15335人净增67人。") == {"population_end": 15402, "population_start": 15335}
    assert one("上年末全乡人口18234人，2008年末户籍总人口达到18220人。") == {
        "population_start": 18234, "population_end": 18220}
    assert one("总人口比上年末增加120人。") == {}  # a change, not a population
    assert one("去年出生率为12.1‰。") == {}


def test_surgery_and_parity_wordings_of_the_nineties() -> None:
    assert one("县下达四术任务180例，该镇完成192例，完成率106.67%。") == {
        "surgeries_target": 180, "surgeries": 192, "surgeries_pct": 106.67}
    assert one("全年施行四术7533例，其中结扎2208例。") == {"surgeries": 7533, "sterilizations": 2208}
    assert one("全年三胎以上出生174人，全部属计划外。") == {"births_third_plus": 174}
    assert one("全年计划完成四术201例，实际完成219例，完成四术计划的108.96%。") == {  # 219/201 = 108.96%
        "surgeries_target": 201, "surgeries": 219, "surgeries_pct": 108.96}


def test_what_the_next_year_is_to_reach_is_a_target() -> None:
    assert one("1992年，全县人口出生率要控制在18‰以内，计划生育率达到94%。") == {}
    assert one("全年主要完成了以下工作：全镇出生767人，死亡326人。") == {"births": 767, "deaths": 326}  # 主要, not 要


def test_wordings_of_the_two_and_three_child_years() -> None:
    # 人口 after 全年出生 is a connector, so the list 出生人口、死亡人口 still pairs with its figures in order
    assert one("全年出生人口、死亡人口分别为3618人和4972人。") == {"births": 3618, "deaths": 4972}
    assert one("全年出生男婴2560人、女婴2302人，出生人口性别比111.21。") == {  # 2560/2302 = 111.21
        "births_male": 2560, "births_female": 2302, "sex_ratio_at_birth": 111.21}
    assert one("全县已婚育龄妇女71834人，其中尚未生育的3128人，已生育一孩的26415人，已生育两孩的38906人，"
               "生育三孩及以上的3385人。") == {
        "married_women": 71834, "married_women_childless": 3128, "married_women_one_child": 26415,
        "married_women_two_children": 38906, "married_women_three_plus": 3385}  # (3128+26415+38906+3385 = 71834)
    assert one("全年开展孕情监测4次，应监测58407人，实际监测56981人，孕情监测率97.56%。") == {
        "checkup_expected": 58407, "checkup_done": 56981, "checkup_rate": 97.56}  # 56981/58407 = 97.56%


def test_last_years_end_is_this_years_start() -> None:
    assert one("年末全区常住人口526318人，比上年末的527964人减少1646人。") == {
        "population_end": 526318, "population_start": 527964}
    assert one("2018年末，全县户籍总人口318406人，上年末为316892人，全年净增1514人。") == {
        "population_end": 318406, "population_start": 316892}
    assert one("全镇流动人口1.3万人，比上年末的1.2万人增加1000人。") == {"floating_population": 13000}
    assert one("已婚育龄妇女7046人，比上年末的7000人增加46人。") == {"married_women": 7046}  # the women's, not people


def test_households_stated_with_no_cue() -> None:
    assert one("全镇下辖12个行政村、2个社区，年末共有11304户。") == {"households": 11304}
    assert one("截至6月30日，全镇户籍总人口31452人，共9120户。") == {"population": 31452, "households": 9120}
    assert one("全镇享受奖励扶助的共有412户。") == {}  # a group of households
    assert one("发放奖励扶助金52万元，共412户。") == {}
    assert one("全镇低保人口523人，共210户。") == {}  # a group's households, not the town's
    assert one("截至年末共有412户、1331人，较年初的1326人增加5人。") == {"households": 412, "population_end": 1331,
                                                             "population_start": 1326}  # (the base of the change)
    assert one("年末共有412户1331人。") == {"households": 412, "population_end": 1331}
    assert one("全村享受低保的共有41户、131人。") == {}


def test_a_partly_masked_figure_with_a_thousands_separator_is_masked() -> None:
    doc = extract("已婚育龄妇女6,4XX人，流动人口约1,3**人，全镇已婚育龄妇女 **8,412** 人。", "t")
    got = {k: (v.number, v.printed) for r in doc.records for k, v in r.values.items()}
    assert got == {"married_women": (None, "64XX"), "floating_population": (None, "13**")}


def test_third_plus_birth_share_is_read_and_checked_against_its_counts() -> None:
    """多孩率 = 三孩及以上 / 出生 × 100: 37 / 767 = 4.82%; a printed 4.28% breaks the ratio rule."""
    from fpcheck.check import Options, check_document

    text = "全镇出生767人，其中三孩及以上37人，多孩率4.28%。"
    assert one(text) == {"births": 767, "births_third_plus": 37, "third_plus_birth_share": 4.28}
    doc = extract(text, "t")
    check_document(doc, Options(diagnose=False))
    assert "third_plus_birth_share_from_counts" in {f.rule for f in doc.record_findings[0]}
    ok = extract(text.replace("4.28", "4.82"), "t")
    check_document(ok, Options(diagnose=False))
    assert ok.record_findings[0] == []


def test_a_township_heads_spoken_summary() -> None:
    """The spoken register of a report read aloud (figures as in the evaluation report 95)."""
    assert one("全乡年初有24318人，到12月31日止为24506人，一年净增188人。") == {
        "population_start": 24318, "population_end": 24506}
    assert one("全年出生767人。年末为351人。") == {"births": 767}  # a bare 年末为…人 names nothing
    # in a town's report, the county's year-end people and households are the county's
    town = "清河镇2015年人口计生工作总结\n全县年末有352000人，年末共有98000户。全镇年末有45000人。\n"
    assert one(town) == {"population_end": 45000}
    # a sentence opening with the county states the county's figures, clause after clause, until the town is
    # named again
    county = "清河镇2015年人口计生工作总结\n全县出生3120人，死亡1000人。全镇出生312人，死亡100人。\n"
    assert one(county) == {"births": 312, "deaths": 100}
    again = "清河镇2015年人口计生工作总结\n全县出生3120人，其中清河镇出生312人，我镇死亡100人。\n"
    assert one(again) == {"births": 312, "deaths": 100}
    assert one("去世的有152人。") == {"deaths": 152}
    assert one("出生率、死亡率分别是11.43‰和6.23‰。") == {"birth_rate": 11.43, "death_rate": 6.23}
    assert one("全年出生279人，头一个孩子的172个，第二个孩子的101个，三个及以上的6个；按政策生育的269人，"
               "其中二孩符合政策的94人。") == {"births": 279, "births_first": 172, "births_second": 101,
                                           "births_third_plus": 6, "births_planned": 269, "births_second_planned": 94}
    assert one("四术任务县里下达312例，我们实际完成327例。") == {"surgeries_target": 312, "surgeries": 327}
    assert one("全年共做计划生育四术548例。") == {"surgeries": 548}
    # parity named right after 出生; the shares after them are not counts (658 + 512 + 66 = 1236; 658/1236 = 53.24%);
    # only the third-plus share has an indicator (66/1236 = 5.34%), the others are passed over
    assert one("出生一孩658人，占出生总数的53.24%；二孩512人，占41.42%；三孩及以上66人，占5.34%。") == {
        "births_first": 658, "births_second": 512, "births_third_plus": 66, "third_plus_birth_share": 5.34}
    assert one("全年出生人口中，一孩2391人，均属计划内。") == {"births_first": 2391}  # (人口 after 出生 is no subject)


def test_women_or_measures_counted_before_the_verb() -> None:
    # (长效节育措施 are the long-acting methods, a part of the women using any: no figure of the catalog, 1189)
    assert one("全乡已婚育龄妇女5376人，其中4812人落实了长效节育措施。") == {"married_women": 5376}
    assert one("全乡已婚育龄妇女5376人，其中4812人落实了节育措施。") == {
        "married_women": 5376, "contraception_users": 4812}
    assert one("全镇已婚育龄妇女5376人，4812例落实避孕节育措施。") == {
        "married_women": 5376, "contraception_cases": 4812}


def test_a_half_year_end_population_and_a_ratio_sign() -> None:
    assert one("全镇年初人口31562人，6月底人口31688人，半年净增126人。") == {
        "population_start": 31562, "population_end": 31688}
    assert one("截至9月底，全镇户籍人口31408人。") == {"population": 31408}  # the to-date stock, not an end
    assert one("出生婴儿中男婴249人、女婴227人，男女婴之比为109.69∶100。") == {
        "births_male": 249, "births_female": 227, "sex_ratio_at_birth": 109.69}


def test_a_unit_a_blank_after_its_figure_still_says_what_the_figure_counts() -> None:
    # a Word export or a post with bold figures: 6227 人 are persons, so users, not measures taken
    assert one("已婚育龄妇女 **7,562** 人，落实避孕节育措施 **6,227** 人，综合避孕率 **82.35%**。") == {
        "married_women": 7562, "contraception_users": 6227, "contraceptive_rate": 82.35}
    assert one("辖区流动人口约 **1.26万** 人。") == {"floating_population": 12600}


def test_a_masked_grouped_figure_is_one_masked_figure_of_its_unit() -> None:
    doc = extract("全县已婚育龄妇女6X,XXX人，落实节育措施5X,XXX人，综合节育率83.26%。", "t")
    (rec,) = doc.records
    assert {k: (v.number, v.printed) for k, v in rec.values.items()} == {
        "married_women": (None, "6XXXX"), "contraception_users": (None, "5XXXX"), "contraceptive_rate": (83.26, "83.26")}


def test_a_count_printed_with_a_fraction_is_not_read_and_is_warned_about() -> None:
    text = "全縣年末總人口318 426人。全年出生7012人；死亡1.973人，死亡率6.23‰。"
    doc = extract(text, "t")
    assert {k: v.number for k, v in doc.records[0].values.items()} == {
        "population_end": 318426, "births": 7012, "death_rate": 6.23}
    (warn,) = [f for f in doc.findings if f.rule == "damaged_figure"]
    assert warn.severity == "warning" and warn.indicators == ["deaths"] and "1.973人" in warn.message
    assert warn.location is not None and text[slice(*warn.location.span)] == "1.973"
    assert one("全镇流动人口1.5万人，家庭户平均规模2.62人。") == {"floating_population": 15000, "family_household_size": 2.62}


def test_a_sentence_opening_with_qizhong_breaks_down_the_one_before() -> None:
    # a bulletin's 人口: the sexes of the population in the next sentence, not births
    assert one("2015年末，全县总人口41.28万人，比上年末增加1832人。其中男性21.36万人，女性19.92万人。全年出生4512人。") == {
        "population_end": 412800, "population_male": 213600, "population_female": 199200, "births": 4512}
    # (without 其中 the next sentence names its own subject: 男性 alone, with none, is the population's — a census
    # bulletin's ●　男性：213584人 —, where a sentence on the births would say 男孩 or 男婴)
    assert one("全县总人口41.28万人。男性21.36万人。") == {"population": 412800, "population_male": 213600}


def test_counts_listed_with_their_shares_give_the_shares_the_catalog_has() -> None:
    # 一孩、二孩 shares have no indicator; the third-plus share (多孩率) has: 392/2864 = 13.69%
    assert one("全区出生2864人。一孩、二孩、三孩及以上出生分别占45.18%、41.13%、13.69%。") == {
        "births": 2864, "third_plus_birth_share": 13.69}
    assert one("一孩、二孩分别占41.32%、44.35%。") == {}  # (no share in the catalog: nothing, and no count either)


def test_a_rate_stated_in_qianfendian_after_wei_is_the_rate_and_a_change_is_not() -> None:
    assert one("上半年人口出生率5.18‰，死亡率5.36‰，人口自然增长率为负0.18个千分点，比去年同期下降0.42个千分点。") == {
        "birth_rate": 5.18, "death_rate": 5.36, "natural_growth_rate": -0.18}  # (5.18 − 5.36 = −0.18)
    assert one("出生率比上年提高0.3个千分点。") == {}


def test_a_score_sheets_points_are_not_the_indicators_and_its_unit_is_the_one_assessed() -> None:
    text = ("桐溪县2015年度乡镇人口和计划生育目标管理责任制考核评分表\n\n被考核单位：石泉乡　　考核时间：2016年1月12日\n\n"
            "序号　考核项目　　　　　分值　考核情况　　　　　　　　得分\n"
            "1　　人口出生率　　　　　10　　11.82‰，控制在县定12.5‰以内　　10\n"
            "2　　出生人口性别比　　　10　　118.02，超过县定115的警戒线　　6\n"
            "3　　计划生育率　　　　　15　　政策内出生234人，计划生育率96.69%　　15\n")
    (rec,) = extract(text, "t").records
    assert rec.unit == "石泉乡"  # (被考核单位, not the county issuing the sheet)
    assert {k: v.number for k, v in rec.values.items()} == {
        "birth_rate": 11.82, "sex_ratio_at_birth": 118.02, "births_planned": 234, "planned_birth_rate": 96.69}


def test_a_breakdown_of_out_of_policy_births_is_no_catalog_count() -> None:
    assert one("全镇出生312人。全年政策外出生11人，其中三孩及以上10人。") == {"births": 312}
    assert one("全镇共出生767人（其中往年未报38人是在外地出生带回来的），其中一孩520人。") == {"births": 767, "births_first": 520}
    # the breakdown of births reported late runs on past semicolons while each statement opens with a part; the next
    # sentence's count is the unit's again
    assert one("全镇出生412人。发现漏报出生9人，其中一孩3人，二孩6人；男孩6人，女孩3人；政策内7人，政策外2人。政策内出生401人。") == {
        "births": 412, "births_planned": 401}


def test_a_migrant_subgroups_rate_is_not_the_units() -> None:
    assert one("全镇三查率为97.5%。全年为流入已婚育龄妇女开展孕环情检查232人次，流入妇女三查率为93.52%。") == {
        "checkup_rate": 97.5}
    assert one("全县共有家庭户109352户，集体户1846户。") == {"family_households": 109352, "collective_households": 1846}


def test_a_posts_words_for_births_and_deaths_with_the_verb_first() -> None:
    assert one("全年迎来 98 个新生命，送别了71位居民。") == {"births": 98, "deaths": 71}
    assert one("活动当天迎来了300位居民参加。") == {}  # (居民 who came are no births; 送别 only counts deaths)


def test_counts_printed_before_their_labels() -> None:
    text = ("全镇25312人的年初户籍人口，到年末变为25406人。312名新生儿中，165人为一孩、129人为二孩；全镇5204名已婚育龄妇女中，"
            "全年22例结扎、108例放环。全年向2317名三孩婴幼儿发放育儿补贴。")  # (2317: other people, 三孩婴幼儿)
    assert one(text) == {"population_start": 25312, "population_end": 25406, "births": 312, "births_first": 165,
                         "births_second": 129, "married_women": 5204, "sterilizations": 22, "iud_insertions": 108}


def test_a_monthly_brief_naming_its_month_as_8yuefen_splits_from_the_year_to_date() -> None:
    text = "溪川县人口计生工作简报\n8月份，全县共出生122人。1—8月，全县累计出生963人；累计出生人数占全年人口计划（1480人）的65.07%。\n"
    assert [(r.period, {k: v.number for k, v in r.values.items()}) for r in extract(text, "t").records] == [
        ("month: 8月", {"births": 122}), ("to-date: 8月", {"births": 963, "birth_quota": 1480, "birth_quota_used_pct": 65.07})]


# --- phrasings of the 179–198 rounds ----------------------------------------------------------------------


def test_a_group_counted_before_its_label_in_wan_and_then_its_rate() -> None:
    # 8.43万名已婚育龄妇女 (= 84300) opens a clause whose rate follows at once; 2.36万名流动人口全部… ends there
    got = one("全县8.43万名已婚育龄妇女综合节育率达到88.56%，2.36万名流动人口全部纳入属地化管理。")
    assert got == {"married_women": 84300, "contraceptive_rate": 88.56, "floating_population": 23600}
    # a count with a fraction before its label is no count (8.43名): nothing read for it
    assert "married_women" not in one("全县8.43名已婚育龄妇女综合节育率达到88.56%。")


def test_a_figure_still_held_is_achieved_but_a_level_to_hold_is_a_bound() -> None:
    assert one("全县综合节育率还保持在85.6%。") == {"contraceptive_rate": 85.6}
    assert one("现在落实节育措施的还有8012人，综合节育率83.11%。") == {"contraception_users": 8012, "contraceptive_rate": 83.11}
    assert one("全县综合节育率保持在85%以上。") == {}  # (以上: a bound)
    assert one("力争综合节育率保持在86.5%。") == {}  # (力争: a target)


def test_an_interviewers_figures_are_not_values_the_answers_are() -> None:
    text = ("——访横塘镇卫生计生办主任张淑芬\n问：听说今年前三季度全镇出生了300多个孩子？\n"
            "答：准确地说，1—9月全镇共出生318人。\n问：有人说政策外生育还有二三十例？\n答：没有那么多，政策内出生312人。\n")
    (rec,) = extract(text, "t").records
    assert rec.unit == "横塘镇"  # (访横塘镇: the interview's verb is not part of the name)
    assert {k: v.number for k, v in rec.values.items()} == {"births": 318, "births_planned": 312}


def test_a_stock_to_date_beside_the_years_start_is_the_periods_end() -> None:
    (rec,) = extract("截至9月30日，全镇户籍人口38462人，年初是38301人。1—9月出生318人。", "t").records
    assert rec.period is not None and rec.period.startswith("to-date")
    assert {k: v.number for k, v in rec.values.items()} == {"population_end": 38462, "population_start": 38301,
                                                             "births": 318}
    # with no start figure, the stock stays a stock
    (rec,) = extract("截至10月底，全镇户籍人口21560人，1—10月出生205人。", "t").records
    assert "population" in rec.values and "population_end" not in rec.values


def test_figures_read_through_scanning_damage_carry_a_warning_naming_the_printed_form() -> None:
    doc = extract("檀口镇2006年工作总结\n全年出生29l人，死亡1?2人，出生率l2，39‰。", "t")
    (rec,) = doc.records
    assert {k: v.number for k, v in rec.values.items()} == {"births": 291, "birth_rate": 12.39}
    warned = {f.indicators[0]: f for f in doc.findings if f.rule == "ocr_figure"}
    assert set(warned) == {"births", "birth_rate"} and all(f.severity == "warning" for f in warned.values())
    assert "29l" in warned["births"].message and "291" in warned["births"].message
    # 1?2: a digit the scan could not read — not read (neither 1 nor 12), told as damaged
    (damaged,) = [f for f in doc.findings if f.rule == "damaged_figure"]
    assert damaged.indicators == ["deaths"] and "1?2" in damaged.message
    # thousands typed with a full-width comma before their unit (42，491人) are no scanning damage: read, no warning
    doc = extract("稔山街道2022年工作汇报\n年末户籍人口42，491人，全年出生335人。", "t")
    assert {k: v.number for k, v in doc.records[0].values.items()} == {"population_end": 42491, "births": 335}
    assert not [f for f in doc.findings if f.rule == "ocr_figure"]


def test_briefs_of_several_towns_joined_in_one_file_are_records_of_each() -> None:
    text = ("金竹镇人口和计划生育工作简报\n上半年，金竹镇共出生104人，死亡71人。\n\n- 2 -\n\n"
            "云岭乡计划生育工作简报\n1—6月，云岭乡出生58人，死亡40人。\n\n- 3 -\n\n"
            "石坝镇人口计生简报\n今年上半年，石坝镇共出生139人，死亡97人。\n")
    got = [(r.unit, r.period, {k: v.number for k, v in r.values.items()}) for r in extract(text, "t").records]
    assert got == [("金竹镇", "half-year", {"births": 104, "deaths": 71}), ("云岭乡", "half-year", {"births": 58, "deaths": 40}),
                   ("石坝镇", "half-year", {"births": 139, "deaths": 97})]


def test_a_scraped_html_table_with_blank_lines_between_rows_and_a_rule_above_its_total() -> None:
    html = ("<p>三、各乡镇出生、死亡情况</p>\n<table>\n<tr><td>乡镇</td><td>出生（人）</td><td>死亡（人）</td></tr>\n"
            "<tr><td>城关镇</td><td>412</td><td>233</td></tr>\n<tr><td>茶山乡</td><td>286</td><td>214</td></tr>\n"
            "<tr><td>合计</td><td>698</td><td>447</td></tr>\n</table>\n")
    doc = extract(html, "t")
    rows = {r.unit: {k: v.number for k, v in r.values.items()} for r in doc.records}
    assert rows["城关镇"] == {"births": 412, "deaths": 233} and rows["茶山乡"] == {"births": 286, "deaths": 214}
    plain = ("村(社区)\t出生(人)\t死亡(人)\n桐溪社区      38      25\n上寨村       31      22\n茶山村       30      21\n"
             "------------------------\n合计         99      68\n")
    doc = extract(plain, "t")
    assert {r.unit for r in doc.records} >= {"桐溪社区", "上寨村", "茶山村"}  # (茶山村: a name, not 山村)
    (table,) = doc.tables
    assert {k: v.number for k, v in table.records[-1].values.items()} == {"births": 99, "deaths": 68}


def test_circle_masks_and_a_planned_count_named_ji_nei() -> None:
    doc = extract("全镇年初总人口3○○○○人，自然增长率○.○○‰，出生425人，计内出生420人。", "t")
    (rec,) = doc.records
    assert {k: v.number for k, v in rec.values.items()} == {"population_start": None, "natural_growth_rate": None,
                                                             "births": 425, "births_planned": 420}
    assert rec.values["population_start"].masked and rec.values["natural_growth_rate"].masked


# --- phrasings of the 199–208 round ---------------------------------------------------------------------


def test_a_pdfs_blanks_around_figures_and_before_wan() -> None:
    assert one("黄柏镇户籍人口 3.83 万人。全年出生 312 人，出生率为 8.15 ‰。") == {
        "population": 38300, "births": 312, "birth_rate": 8.15}


def test_a_month_range_after_a_cues_colon_is_no_figure_of_it() -> None:
    # ■ 出生：1—9月共出生402人 — the 1 of 1—9月 is not a birth count; the count after the range is
    assert one("■ 出生：1—9月共出生402人") == {"births": 402}


def test_figures_in_brackets_after_their_words_rates_too() -> None:
    assert one("政策内出生（23人），政策符合率（95.83%），人口出生率（12.85‰）。") == {
        "births_planned": 23, "planned_birth_rate": 95.83, "birth_rate": 12.85}


def test_women_using_contraception_counted_in_ming() -> None:
    assert one("全乡已婚育龄妇女5836名，其中落实各种节育措施的4987名，综合节育率达85.45%。") == {
        "married_women": 5836, "contraception_users": 4987, "contraceptive_rate": 85.45}


def test_one_cue_with_a_respectively_list_of_figures_is_the_parts_not_the_whole() -> None:
    # four rounds' 参检率 after one cue: none is the year's; the year's comes after its own counts
    got = one("各轮参检率分别为96.85%、97.42%、96.91%和97.36%。全年应参加三查对象4105人，实际参检3987人，三查率97.13%。")
    assert got == {"checkup_expected": 4105, "checkup_done": 3987, "checkup_rate": 97.13}


def test_a_population_from_the_years_start_to_a_months_end() -> None:
    assert one("全县户籍人口由年初的412650人增加到6月末的413218人。") == {
        "population_start": 412650, "population_end": 413218}
    assert one("辖8个社区，其中户籍人口年初为41236人，6月末为41408人。") == {
        "population_start": 41236, "population_end": 41408}


# --- traps of the 219–228 round ---------------------------------------------------------------------------


def test_a_clause_opening_as_achieved_is_free_of_the_targets_before_it() -> None:
    assert one("责任书规定计划生育率要达到95%，力争达到97%，全年政策内出生349人，实际计划生育率为98.03%。") == {
        "births_planned": 349, "planned_birth_rate": 98.03}
    assert one("综合节育率要求确保85%以上，全镇已婚育龄妇女6841人，落实各种节育措施5987人。") == {
        "married_women": 6841, "contraception_users": 5987}
    # a target clause opening with 全年 is still a target: 控制在…以内 in its own clause
    assert one("力争政策符合率保持在97%以上，全年出生控制在580人以内。") == {}


def test_women_by_method_in_brackets_are_no_operations_of_the_year() -> None:
    got = one("落实各种节育措施8936人（其中结扎2104人、上环5318人），综合节育率85.99%。结扎任务40例，完成38例；"
              "放环任务150例，完成146例；人流完成58例。")
    assert got == {"contraception_users": 8936, "contraceptive_rate": 85.99, "sterilizations_target": 40,
                   "sterilizations": 38, "iud_insertions_target": 150, "iud_insertions": 146, "abortions": 58}


def test_the_last_share_of_a_list_ending_with_third_births_and_a_girls_first_ratio() -> None:
    assert one("二孩1752人、三孩及以上398人，分别占45.37%和10.31%。") == {
        "births_second": 1752, "births_third_plus": 398, "third_plus_birth_share": 10.31}
    assert one("出生人口女男性别比为100：112.02（上年为106.63:100）。") == {"sex_ratio_at_birth": 112.02}


# --- the 229–238 round ----------------------------------------------------------------------------------


def test_a_summary_with_next_years_plan_in_its_title_is_no_plan() -> None:
    doc = extract("龙溪镇2022年人口家庭发展工作总结及2023年工作计划\n全年全镇出生239人，死亡412人。\n", "t")
    assert {k: v.number for r in doc.records for k, v in r.values.items()} == {"births": 239, "deaths": 412}
    assert not [f for f in doc.findings if f.rule == "targets_only"]
    assert any(f.rule == "targets_only" for f in extract("龙溪镇2023年工作计划\n全年出生控制在300人。\n", "t").findings)


def test_age_groups_and_moves_are_no_population_and_a_parity_clause_of_its_planned_part() -> None:
    assert one("全区60岁及以上户籍人口达7.86万人，湖滨社区因旧城改造迁出户籍人口312人。") == {}
    assert one("第二孩112人，计划内106人；第三孩及以上6人，计划内1人。全乡计划内出生263人。") == {
        "births_second": 112, "births_second_planned": 106, "births_third_plus": 6,
        "births_third_plus_planned": 1, "births_planned": 263}


def test_phrasings_of_round_239_to_248() -> None:
    # the urban part of the population is no population; the registered total after it is
    assert one("年末全市常住人口352.68万人。其中，城镇常住人口216.37万人，乡村常住人口136.31万人。户籍总人口398.15万人。") == {
        "population_end": 3526800, "population": 3981500}
    # the households of the whole village, stated alone in a clause
    assert one("杏林村辖7个村民小组，全村共有418户，年初户籍人口1562人。")["households"] == 418
    # the quota inside the share's cue
    got = one("上半年出生1810人，占全年控制指标3850人的47.01%。")
    assert (got["birth_quota"], got["birth_quota_used_pct"]) == (3850, 47.01)


def test_a_government_work_report_is_the_county_its_congress_meets_in() -> None:
    text = ("政府工作报告\n——2013年1月8日在沅丰县第十六届人民代表大会第二次会议上\n\n"
            "各位代表：\n全县出生人口4286人，死亡2312人。\n")
    assert [(r.unit, r.values["births"].number) for r in extract(text, "t").records] == [("沅丰县", 4286)]


def test_bracketed_headings_part_the_months_figures_from_the_years_to_date() -> None:
    text = ("人口监测简报\n【5月份全县人口出生死亡情况】\n5月份全县出生186人。分乡镇看，城关镇本月出生38人、死亡29人。\n"
            "【1—5月累计情况】\n1—5月全县累计出生958人。\n【打印本页】【关闭窗口】\n")
    got = [(r.unit, r.period, {k: v.number for k, v in r.values.items()}) for r in extract(text, "t").records]
    assert got == [(None, "month: 5月", {"births": 186}), ("城关镇", "month: 5月", {"births": 38, "deaths": 29}),
                   (None, "to-date: 5月", {"births": 958})]


def test_phrasings_of_round_249_to_258() -> None:
    # a figure the report corrects in its 更正 line is read as corrected, the corrected figure's place its own
    text = ("柘林镇工作报告\n全镇已婚育龄妇女6128人，落实节育措施5289人。\n"
            "更正：本报告中“全镇已婚育龄妇女6128人”系录入错误，应为6182人，特此更正。\n")
    doc = extract(text, "t")
    (rec,) = doc.records
    assert (rec.values["married_women"].number, rec.values["married_women"].printed) == (6182, "6182")
    assert [f.rule for f in doc.findings] == ["corrected_in_text"]
    # the year's end in the clause before the households and people; the start as the base of the change
    got = one("截至2015年底，全村共有486户、1862人，较年初的1849人增加13人。")
    assert (got["population_end"], got["population_start"]) == (1862, 1849)
    # 性别比偏高，达118.89; a quarter's births after 其中 and 二季度
    assert one("出生人口性别比偏高，达118.89（男婴258人、女婴217人）。")["sex_ratio_at_birth"] == 118.89
    recs = extract("芩川县2021年上半年分析\n1—6月全县出生1986人。其中二季度出生1032人，环比增加78人。\n", "t").records
    assert [(r.period, r.values["births"].number) for r in recs] == [("half-year", 1986), (None, 1032)]


def test_a_speech_a_subtitle_and_a_year_before_the_place_name_the_unit() -> None:
    for title, unit in [("在沣川县2020年人口和计划生育工作会议上的讲话\n", "沣川县"),
                        ("2010年度桦林镇计划生育办公室主任述职报告\n", "桦林镇"),
                        ("小山村里的“明白账”\n——青山乡白岩村计划生育村民自治先进事迹材料\n", "白岩村"),
                        ("服务管理不能松劲\n——访横塘镇卫生计生办主任张淑芬\n", "横塘镇")]:
        (rec,) = extract(title + "全年出生312人。\n", "t").records
        assert rec.unit == unit, title


def test_phrasings_of_round_259_to_268() -> None:
    # a scan's stop for the point before a wrap; a figure a blank or a break cuts, or with an unreadable digit, is
    # not read (a warning says so)
    assert one("实查4512人，查环查孕率97。\n45%。\n")["checkup_rate"] == 97.45
    doc = extract("全年开展查环查孕三次，应查46 30人，多胎2?人。\n", "t")
    assert [r.values for r in doc.records] in ([], [{}]) and [f.rule for f in doc.findings] == ["damaged_figure"] * 2
    # 万 and the units under it (a Taiwan-style rendering)
    assert one("全年出生人口3萬1,486人，其中男嬰1萬6,872人。符合政策生育3萬812人。") == {
        "births": 31486, "births_male": 16872, "births_planned": 30812}
    # a heading after a blank (chunks joined into one line) names next year's plan: its quota is a target
    assert "birth_quota" not in one("全年出生351人。 四、2012年工作打算 县下达我镇2012年人口计划360人。")
    # a yearbook's township entries: the name alone on its line over 【计划生育】
    text = "【概况】　2014年，梓溪县全年出生3420人。\n\n城关镇\n【计划生育】　全镇全年出生520人。\n"
    assert [(r.unit, r.values["births"].number) for r in extract(text, "t").records] == [("梓溪县", 3420), ("城关镇", 520)]


def test_a_task_statement_after_a_semicolon_keeps_its_subject() -> None:
    # 四术任务：150例；完成四术：162例；完成率：108.00%: the rate is the operations' (162 / 150)
    assert one("四术任务：150例；完成四术：162例；完成率：108.00%。")["surgeries_pct"] == 108.0
    # but a sex ratio after a semicolon is the births', whatever came before (not the population's)
    assert "sex_ratio_at_birth" in one("全镇死亡263人，人口自然增长率为5.99‰；性别比为108.01；")
    # a breakdown goes on after a semicolon: 男 / 女 / 二孩 opening the statement are the births'
    assert one("全县出生412人，其中一孩168人、二孩201人；男219人、女193人。") == {
        "births": 412, "births_first": 168, "births_second": 201, "births_male": 219, "births_female": 193}
    assert one("全县出生412人；二孩201人。") == {"births": 412, "births_second": 201}


def test_phrasings_of_round_269_to_278() -> None:
    # a sentence about the migrants holds no figure of the unit's, but the number of migrants is the unit's
    text = ("潼河县2010年流动人口工作总结\n截至12月底，全县登记流动人口22076人；流动人口中已婚育龄妇女5102人，已落实节育措施"
            "4506人，节育率为88.32%。全年流动人口出生318人，其中政策内出生306人。全县全年出生4208人。\n")
    assert {k: v.number for r in extract(text, "t").records for k, v in r.values.items()} == {
        "floating_population": 22076, "births": 4208}
    # the third-plus count's share of births, right after it
    assert one("一孩928人，二孩702人；三孩及以上212人，占比11.51%。")["third_plus_birth_share"] == 11.51
    assert one("三孩及以上288人，占9.04%，比上年提高0.4个百分点。")["third_plus_birth_share"] == 9.04
    # a target, then the result of a self-check or the year's average: achieved (371/386 = 96.11%, 5913/6120 = 96.62%)
    assert one("出生386人，符合政策生育371人，计划生育率的考核目标是95%，自查结果为96.11%，比目标高出1.11个百分点。") == {
        "births": 386, "births_planned": 371, "planned_birth_rate": 96.11}
    assert one("应查对象6120人，实查5913人，三查率目标不低于95%，全年平均为96.62%。") == {
        "checkup_expected": 6120, "checkup_done": 5913, "checkup_rate": 96.62}
    assert one("计划生育率的考核目标是95%。") == {}
    # 变为 links a figure to its cue like 增至; women named before, then 各种节育措施 taken by a number of them (175)
    assert one("年初户籍人口25312人，到年末变为25406人。") == {"population_start": 25312, "population_end": 25406}
    assert one("全镇5204名已婚育龄妇女中，4588人落实了各种节育措施，综合节育率达88.16％。") == {
        "married_women": 5204, "contraception_users": 4588, "contraceptive_rate": 88.16}


def test_phrasings_of_round_279_to_288() -> None:
    # figures inside a parenthesis opened by a target word, or listed after 指标为, are targets (279); a quota's name
    # before its count (人口计划330人) is still the quota
    assert one("全镇人口出生率控制在11.77‰，均在县下达的控制指标（出生率13‰、自然增长率7‰）以内；人口死亡率为5.55‰。") == {
        "death_rate": 5.55}
    assert one("县下达的控制指标为出生率13‰、自然增长率7‰。") == {}
    assert one("县下达我镇全年人口计划330人，实际出生312人，占计划的94.55%。") == {
        "birth_quota": 330, "births": 312, "birth_quota_used_pct": 94.55}
    # the village after the town that holds it on a 填报单位 line is the unit (282)
    (rec,) = extract("小溪村2018年6月份人口和计划生育工作月报\n填报单位：白沙镇小溪村村委会　　填报人：王XX\n"
                     "本月全村出生2人。\n", "t").records
    assert rec.unit == "小溪村"
    # a village opening a statement after a colon states its own figures, not the town's (288)
    text = "衡山镇2015年工作总结\n全镇出生463人。各村发展不平衡：河西村全年出生38人、死亡19人；龙口村出生41人、死亡23人。\n"
    assert {r.unit: {k: v.number for k, v in r.values.items()} for r in extract(text, "t").records} == {
        "衡山镇": {"births": 463}, "河西村": {"births": 38, "deaths": 19}, "龙口村": {"births": 41, "deaths": 23}}
    # 落实四术 (282, 286); 应查育龄妇女 (285); 一孩/三孩及以上政策内 (288)
    assert one("上半年共落实四术7例，其中放环4例、结扎1例、人流2例。") == {
        "surgeries": 7, "iud_insertions": 4, "sterilizations": 1, "abortions": 2}
    assert one("應查育齡婦女59812人，實查58741人，監測率98.21%。") == {
        "checkup_expected": 59812, "checkup_done": 58741, "checkup_rate": 98.21}
    assert one("其中一孩政策内218人；二孩政策内224人；三孩及以上政策内6人。") == {
        "births_first_planned": 218, "births_second_planned": 224, "births_third_plus_planned": 6}
    # the women by method after the users are a stock, not the year's operations (288: 1862 are not sterilizations)
    assert one("全镇已婚育龄妇女中落实各种避孕节育措施6198人。其中使用宫内节育器的3914人，已结扎的1862人。全年结扎41例。") == {
        "contraception_users": 6198, "sterilizations": 41}
    assert one("全年已结扎12例。") == {"sterilizations": 12}
    # a second year-end population of the other 口径 is the population (281); none named: the first stands
    assert one("年末全市常住人口386.42萬人，比上年末減少1.37萬人。年末全市戶籍總人口412.86萬人。") == {
        "population_end": 3864200, "population": 4128600}
    assert one("年末总人口56818人，年末户籍人口56900人。") == {"population_end": 56818}
    # …unless the text says the rates rest on the second before any rate is read (1280): its stocks are the record's, the
    # first's year-end the population and the first's 比上年末的… no start
    text = ("年末全区常住人口48.62万人，比上年末的48.35万人增加0.27万人。年末全区户籍人口452316人，比上年末的450872人增加"
            "1444人。全年户籍人口出生5242人，死亡2914人。户籍人口出生率为11.61‰，死亡率为6.45‰。")
    assert {k: v for k, v in one(text).items() if k.startswith("population")} == {
        "population_end": 452316, "population_start": 450872, "population": 486200}
    # (rates read before the second 口径's stocks are the first's: 1279's 常住 paragraph after the 户籍 one)
    text = ("年初户籍人口386214人，年末户籍人口387530人，出生率10.68‰。年初常住人口352806人，年末常住人口353412人，"
            "常住人口出生率11.03‰。")
    assert {k: v for k, v in one(text).items() if k.startswith("population")} == {
        "population_start": 386214, "population_end": 387530, "population": 353412}


def test_phrasings_of_round_289_to_298() -> None:
    # 截至12月31日 is the year's end; the 常住 figure after the 户籍 one is the population (295)
    assert one("截至2021年12月31日，街道户籍人口42506人（年初42318人）；年末常住人口58710人。") == {
        "population_end": 42506, "population_start": 42318, "population": 58710}
    assert one("截至9月30日，全镇户籍人口38462人。") == {"population": 38462}  # (a day inside the year: the stock)
    # the third-plus count named again before its share (295: 25 / 318 = 7.86%)
    assert one("全年出生318人，其中一孩142人，二孩151人，三孩及以上25人，三孩及以上占7.86%。")["third_plus_birth_share"] == 7.86
    # a correction replaces the figure read before (297: 247 reported, 261 after the check)
    text = ("桐木乡2015年出生人口数据情况说明\n我乡2015年年报上报出生人口247人。\n"
            "出生人口由原报的247人更正为261人，其中二孩由原报的93人更正为107人；政策内出生由243人更正为255人。\n")
    assert {k: v.number for r in extract(text, "t").records for k, v in r.values.items()} == {
        "births": 261, "births_second": 107, "births_planned": 255}
    # 【6月份人口变动】 and 【1—6月累计】 headings: the month's record and the half-year's (298)
    text = ("永宁县人口监测简报\n【6月份人口变动】\n6月份全县出生412人，死亡250人。\n"
            "【1—6月累计】\n1—6月累计出生2316人，累计死亡1872人。\n")
    assert {r.period: {k: v.number for k, v in r.values.items()} for r in extract(text, "t").records} == {
        "month: 6月": {"births": 412, "deaths": 250}, "half-year": {"births": 2316, "deaths": 1872}}


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["计划生育指标执行情况", "人口与计划生育指标执行情况", "计划生育指标完成情况", "人口计划执行情况"]),
       st.sampled_from(["：", ": ", "\n"]), st.integers(10_000, 900_000), st.integers(100, 9_000))
def test_a_heading_on_a_quotas_execution_leaves_no_plan_over_the_figures(heading: str, mark: str, pop: int,
                                                                         births: int) -> None:
    # 一、人口与计划生育指标执行情况: 上半年,全区总人口为220444人 (a real scraped report): dropping the quota's name
    # 生育指标 left 计划执行情况, a plan, and no figure after it was read
    text = f"一、{heading}{mark}上半年，全区总人口为{pop}人，全区总出生{births}人。\n"
    assert one(text) == {"population": pop, "births": births}


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["梅江县", "白岩县", "桐木乡", "新塘镇"]), st.integers(1990, 2024), st.integers(10_000, 900_000))
def test_year_end_before_a_place_opening_the_statement_is_still_the_year_end(place: str, year: int,
                                                                           pop: int) -> None:
    # 364: 2009年末，梅江縣總人口52.4萬人 — the place opens a statement of its own after 年末 and the comma
    assert one(f"{year}年末，{place}总人口{pop}人，全年出生{pop // 100}人。") == {
        "population_end": pop, "births": pop // 100}


@settings(max_examples=30, deadline=None)
@given(st.integers(2, 30), st.integers(100, 9_000), st.sampled_from(["村民小组", "行政村", "自然村"]))
def test_households_right_after_a_units_divisions(groups: int, households: int, kind: str) -> None:
    # 362: 上沙村共有8个村民小组468户 (行政村 and 自然村 are kinds of village, not a village named 行政)
    text = f"上沙村2019年人口计生工作总结\n上沙村共有{groups}个{kind}{households}户，年初户籍人口1846人。\n"
    assert one(text) == {"households": households, "population_start": 1846}


def test_we_completed_after_a_task_is_the_achieved_count() -> None:
    # 363: 县下达我乡四术任务180例，我们完成187例，其中结扎21例、放环118例
    assert one("县下达我乡四术任务180例，我们完成187例，其中结扎21例、放环118例。") == {
        "surgeries_target": 180, "surgeries": 187, "sterilizations": 21, "iud_insertions": 118}


def test_a_sample_surveys_registered_people_are_no_population() -> None:
    # 2021年…人口变动情况抽样调查主要数据公报 (a real bulletin): 调查登记常住人口78.43万人 is the sample, not the province
    text = ("这次人口抽样调查，抽取了1308个乡（镇、街道），调查登记常住人口78.43万人。\n"
            "2021年末全省常住人口为3480.48万人。全年出生人口24.64万人，出生率为7.06‰。\n")
    assert one(text) == {"population_end": 34804800, "births": 246400, "birth_rate": 7.06}


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["截至", "截止"]), st.sampled_from(["今年", "本年", ""]), st.integers(2, 11),
       st.sampled_from(["底", "末", "30日"]))
def test_to_date_with_this_year_between(word: str, this_year: str, month: int, end: str) -> None:
    # 截止今年6月30日,全州出生1676人 (a real news item): the period to date, 今年 between the word and the month
    doc = extract(f"{word}{this_year}{month}月{end}，全州出生1676人。", "t")
    assert [(r.period, r.values["births"].number) for r in doc.records] == [(f"to-date: {month}月{end}", 1676)]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["去年", "上年", "去年（2018年）", "上年度"]), st.sampled_from(["，", ""]),
       st.integers(100, 900), st.integers(100, 900))
def test_a_sentence_opening_with_last_year_is_last_years(past: str, comma: str, old: int, new: int) -> None:
    # 371: 去年（2018年）全镇实际出生296人。今年全镇共出生284人 — and the deaths after a comma are last year's too,
    # unless a clause names this year again
    text = f"{past}{comma}全镇出生{old}人，死亡{old // 2}人，今年出生{new}人。全年死亡{new // 2}人。"
    assert one(text) == {"births": new, "deaths": new // 2}


def test_the_units_own_name_does_not_hide_last_year_and_the_achieved_count_carries() -> None:
    # 371: 去年我镇完成四术248例；今年完成231例 — 我镇 names the unit, 去年 the year; 今年完成 keeps the 四术 subject
    text = "县下达我镇全年四术任务220例，去年我镇完成四术248例；今年完成231例，完成率105.00%，其中结扎38例。"
    assert one(text) == {"surgeries_target": 220, "surgeries": 231, "surgeries_pct": 105.0, "sterilizations": 38}


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["白马镇人民政府办公室", "清河县卫生健康局", "石桥乡计划生育委员会"]), st.integers(100, 999))
def test_a_page_footer_and_the_offices_running_header_inside_a_word(office: str, deaths: int) -> None:
    # 375: 全年死⏎第 1 页 共 3 页⏎白马镇人民政府办公室⏎亡396人。 — the footer and the next page's header go
    text = f"白马镇2022年工作总结\n全年出生318人，比上年减少27人，其中男孩166人。全年死\n第 1 页 共 3 页\n{office}\n亡{deaths}人。\n"
    assert one(text) == {"births": 318, "births_male": 166, "deaths": deaths}


def test_a_text_tables_unit_in_the_row_label_says_users_not_measures() -> None:
    # 370: 落实节育措施（人）\t3792\t3851 — the label's （人） makes the women using contraception
    text = "项目\t本年\t上年\n已婚育龄妇女（人）\t4386\t4412\n落实节育措施（人）\t3792\t3851\n"
    assert one(text) == {"married_women": 4386, "contraception_users": 3792}


def test_check_ups_after_what_is_checked() -> None:
    # 372: 查环查孕应查58316人、实查56874人，三查率97.53%
    assert one("（2）查环查孕应查58316人、实查56874人，三查率97.53%。") == {
        "checkup_expected": 58316, "checkup_done": 56874, "checkup_rate": 97.53}


def test_annals_keep_an_uncued_share_in_its_own_years_record() -> None:
    # 376: 2022年 and 2023年 each a record; 三孩及以上占比12.19% in 2023's statement is not 2022's too
    text = ("城西街道2023年工作总结\n（一）2022年情况。2022年，街道全年出生451人；死亡358人。\n"
            "（二）2023年情况。2023年，街道全年出生402人，其中一孩172人、二孩181人、三孩及以上49人，三孩及以上占比12.19%。\n")
    doc = extract(text, "t")
    got = {r.period: {k: v.number for k, v in r.values.items()} for r in doc.records}
    assert got["2022"] == {"births": 451, "deaths": 358}
    assert got["2023"]["third_plus_birth_share"] == 12.19


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["：", ":"]), st.sampled_from(["安澜县", "安瀾縣"]))
def test_the_nations_figures_after_a_colon_are_not_the_countys(colon: str, county: str) -> None:
    # 381: 近日，国家统计局发布…数据：全国出生人口956万人，人口出生率为6.77‰ — the nation's rate too; the county's
    # name in traditional script (安瀾縣) is a county all the same
    text = (f"{county}卫健局局长答记者问\n近日，国家统计局发布2022年全国人口数据{colon}全国出生人口956万人，"
            "人口出生率为6.77‰。\n林卫东：2022年全县出生人口2614人，人口出生率7.97‰。\n")
    assert one(text) == {"births": 2614, "birth_rate": 7.97}


@settings(max_examples=20, deadline=None)
@given(st.sampled_from([("６，８８", 6.88), ("９８点２６", 98.26), ("3点97", 3.97), ("5,12", 5.12)]),
       st.sampled_from(["‰", "%"]))
def test_a_decimal_comma_or_dian_before_a_rates_last_digits(printed: tuple[str, float], sign: str) -> None:
    # 384: 死亡率为６，８８‰, 政策符合率为９８点２６％ — while 8点30分 (a time) stays a time
    text, value = printed
    cue = "死亡率" if sign == "‰" else "政策符合率"
    got = one(f"上午8点30分召开会议。全年{cue}为{text}{sign}。")
    assert got == {("death_rate" if sign == "‰" else "planned_birth_rate"): value}


def test_the_whole_of_a_place_in_the_next_sentence_is_that_places() -> None:
    # 379: 柏溪县年初户籍人口538730人，年末537812人。全县出生3905人，死亡4385人。 in a city's report
    doc = extract("云山市2021年工作总结\n全市出生17862人。\n柏溪县年初户籍人口538730人，年末537812人。"
                  "全县出生3905人，死亡4385人。\n南梁县全年出生3504人。\n", "t")
    got = {r.unit: {k: v.number for k, v in r.values.items()} for r in doc.records}
    assert got == {"云山市": {"births": 17862}, "南梁县": {"births": 3504},
                   "柏溪县": {"population_start": 538730, "population_end": 537812, "births": 3905, "deaths": 4385}}


def test_a_compilation_of_briefs_gives_each_its_record_and_their_sum_none() -> None:
    # 389: 简报汇编 — 青石镇2019年人口计生工作简报 … 柳林乡2019年人口计生工作简报 …; 三个乡镇全年合计出生692人 is no one's
    text = ("人口计生工作简报汇编\n编者按：三个乡镇全年合计出生692人。\n━━━━\n青石镇2019年人口计生工作简报\n"
            "2019年，全镇全年出生287人。\n━━━━\n柳林乡2019年人口计生工作简报\n2019年全乡全年出生164人。\n")
    doc = extract(text, "t")
    assert [(r.unit, r.values["births"].number) for r in doc.records if r.values] == [("青石镇", 287), ("柳林乡", 164)]


def test_sections_headed_by_two_years_and_label_lines_with_their_units() -> None:
    # 397: 一、2023年度主要统计数据 … 二、2022年度主要统计数据（补充公示）, 落实节育措施（人）：2529, and a 三孩及以上（人）：10
    # at a line's end before the next label line (no wrap); 395's 全年户籍出生302人 is births
    text = ("大坪乡人口和计划生育统计数据公示\n一、2023年度主要统计数据\n出生（人）：121\n一孩（人）：55；三孩及以上（人）：10\n"
            "落实节育措施（人）：2529\n二、2022年度主要统计数据（补充公示）\n出生（人）：136\n落实节育措施（人）：2577\n"
            )
    doc = extract(text, "t")
    got = [{k: v.number for k, v in r.values.items()} for r in doc.records]
    assert got[0] == {"births": 121, "births_first": 55, "births_third_plus": 10, "contraception_users": 2529}
    assert got[1] == {"births": 136, "contraception_users": 2577}
    assert one("全年户籍出生302人，全年户籍死亡449人。") == {"births": 302, "deaths": 449}


@settings(max_examples=30, deadline=None)
@given(st.integers(100, 130), st.integers(0, 99), st.sampled_from(["{a}.{b:02d}:1", "{a}比100", "{a}:100"]))
def test_a_sex_ratio_to_one_or_to_a_hundred_in_words(whole: int, hundredths: int, form: str) -> None:
    # 400: 出生人口性别比为1.08:1 (= 108); 401/407: 108比100 (男女比例)
    if form.startswith("{a}."):
        printed, value = form.format(a=whole // 100, b=whole % 100), float(whole)
    else:
        printed, value = form.format(a=whole), float(whole)
    assert one(f"全年出生人口男女比例为{printed}。") == {"sex_ratio_at_birth": value}


def test_a_ratio_to_one_checked_to_its_print_and_two_shares_of_a_hundred() -> None:
    # 945: 1.18:1 is 118, printed to 0.01 of one (±0.5 per 100): against 214 / 198 = 108.08 an error, 1.08:1 none;
    # 948: 男女比为52:48 is the ratio of two shares of a hundred, 108.33 — not 48
    from fpcheck.check import Options, check_document

    for printed, wrong in (("1.18:1", True), ("1.08:1", False)):
        doc = extract(f"望江街道2024年报告\n全年出生412人，其中男孩214人、女孩198人，出生人口性别比为{printed}。", "t")
        check_document(doc, Options(diagnose=False))
        assert [f.rule for f in doc.all_findings() if f.severity == "error"] == (["sex_ratio_from_counts"] if wrong else [])
    assert one("全年出生1500人，其中男婴780人，女婴720人，出生婴儿男女比为52:48。")["sex_ratio_at_birth"] == 108.33


def test_figures_in_words_of_every_kind() -> None:
    # 939–948: digit by digit (男一二八人, 二胎八六人), a decimal in words right after a ratio's name (性别比一百零八点五四,
    # 性别比一〇六点六七), a share in tenths (九成八: 98%)
    assert one("出生人口中男一二八人，女120人，出生婴儿性别比一〇六点六七。一胎150人，二胎八六人。") == {
        "births_male": 128, "births_female": 120, "sex_ratio_at_birth": 106.67, "births_first": 150, "births_second": 86}
    assert one("其中男孩178人，女孩164人，出生人口性别比一百零八点五四。") == {
        "births_male": 178, "births_female": 164, "sex_ratio_at_birth": 108.54}
    assert one("计划内出生151人，计划生育率为九成八。") == {"births_planned": 151, "planned_birth_rate": 98}
    assert one("全乡计划生育率九成以上。") == {}  # (a bound)


def test_counts_in_wan_and_qian_and_an_old_age_group() -> None:
    # 402: 年末总人口达32万5千人; 全县60岁以上老年人口达7.12万人 is an age group, no population
    assert one("年末总人口达32万5千人，全县60岁以上老年人口达7.12万人，全年出生2876人。") == {
        "population_end": 325000, "births": 2876}


@given(st.integers(1000, 900000), st.integers(-500, 500), st.sampled_from(["户籍", "常住", ""]),
       st.sampled_from(["和", "、"]))
@settings(max_examples=30, deadline=None)
def test_start_and_end_listed_before_one_cue_are_read_in_order(start: int, change: int, caliber: str, joiner: str) -> None:
    # 437: 全乡年初、年末户籍人口分别为16853人和16792人 — the first figure the start, the second the end
    end = start + change
    doc = extract(f"白塘乡2019年工作总结\n全乡年初、年末{caliber}人口分别为{start}人{joiner}{end}人。全年出生172人。\n", "t")
    (rec,) = doc.records
    assert {k: v.number for k, v in rec.values.items()} == {"population_start": start, "population_end": end,
                                                          "births": 172}


def test_the_stock_on_a_to_date_day_after_the_start_is_the_periods_end() -> None:
    # 463: 年初全乡总人口13208人，截至10月底总人口13265人 — the nearer period word names the second figure
    doc = extract("茶坪乡2011年1—10月工作总结\n年初全乡总人口13208人，截至10月底总人口13265人；1—10月死亡70人。\n", "t")
    (rec,) = doc.records
    assert {k: v.number for k, v in rec.values.items()} == {"population_start": 13208, "population_end": 13265,
                                                          "deaths": 70}


def test_boys_born_after_the_births_cue_with_its_total_word() -> None:
    # 464: 全县共出生男婴2418人、女婴2096人 — 共出生 is a births cue, but 共出生男婴 the boys (全镇共出生 is no cue of its
    # own any more: 共出生 reads 全镇共出生767人, and 全镇共出生女婴 stays the girls)
    assert one("全县共出生男婴2418人、女婴2096人，出生人口性别比为115.36。") == {
        "births_male": 2418, "births_female": 2096, "sex_ratio_at_birth": 115.36}
    assert one("全镇共出生女婴95人。") == {"births_female": 95}
    assert one("全镇共出生767人。") == {"births": 767}


def test_a_statement_opening_with_a_year_before_the_titles_is_that_years() -> None:
    # 493: a 2022 post's 往期回顾 link — 2021年鹤塘镇出生461人 — is 2021's, as 去年… would be
    post = ("# 数说鹤塘 | 2022年全镇人口“成绩单”出炉\n\n2022年，全镇共迎来398个新生宝宝，出生人口性别比为107.25。\n\n"
            "往期回顾\n\n- [2021年鹤塘镇出生461人，死亡300人](https://example.org/a)\n")
    assert one(post) == {"births": 398, "sex_ratio_at_birth": 107.25}
    # the year-end before the title's year is this year's start, not last year's figure; the title's own, its end
    start = "鹤塘镇2022年人口统计\n{y}年末全镇户籍人口53196人。2022年，全镇出生398人，死亡412人。\n"
    assert one(start.format(y=2021)) == {"population_start": 53196, "births": 398, "deaths": 412}
    assert one(start.format(y=2022)) == {"population_end": 53196, "births": 398, "deaths": 412}
    # 184: a speech at the 2020 meeting on 2019's figures — no statement opens with 2020, so 2019's are the report's
    speech = "在全县2020年人口工作会议上的讲话\n同志们：\n2019年，全县出生人口4127人，死亡2655人。\n"
    assert one(speech) == {"births": 4127, "deaths": 2655}


def test_a_change_verb_before_the_figure_gives_the_new_value() -> None:
    # 491: a headline 出生人口性别比回落至109.65; 由上年的112.37回落至109.65 — the figure it fell to
    assert one("汀桥县2019年出生人口性别比回落至109.65\n") == {"sex_ratio_at_birth": 109.65}
    assert one("全县出生人口性别比由上年的112.37回落至109.65。") == {"sex_ratio_at_birth": 109.65}
    assert one("人口出生率降低到8.12‰。") == {"birth_rate": 8.12}


def test_the_share_of_a_quota_used_so_far_after_the_quota() -> None:
    # 483, 484: the quota, then the share of it used by the date
    assert one("县下达全年出生控制指标240人，截至目前已占84.58%。") == {"birth_quota": 240, "birth_quota_used_pct": 84.58}
    assert one("县里下达我镇的全年人口计划为340人，目前指标已使用46.18%。") == {
        "birth_quota": 340, "birth_quota_used_pct": 46.18}


def test_a_figure_before_a_verb_that_opens_a_label_is_no_count() -> None:
    # 184: 全县13个乡镇中有9个出生人数下降 — nine townships, not nine births; 362名婴儿出生 still is
    assert one("全县13个乡镇中有9个出生人数下降，但特殊家庭的帮扶一个都不能少。") == {}
    assert one("全镇362名婴儿出生，151人死亡。") == {"births": 362, "deaths": 151}


def test_a_weak_cue_after_the_residents_or_the_area() -> None:
    # 501: 全年辖区户籍居民出生12人 — 居民 (and 辖区) may stand before a bare 出生 / 死亡
    assert one("全年辖区户籍居民出生12人，其中男孩7人、女孩5人。全年辖区死亡9人。") == {
        "births": 12, "births_male": 7, "births_female": 5, "deaths": 9}
    # 529, 530 (and 423): 三查应查3102人 — the check-ups' expected women after the word for the check-ups
    assert one("三查应查3102人，实查3018人，三查率97.29%。") == {
        "checkup_expected": 3102, "checkup_done": 3018, "checkup_rate": 97.29}


def test_a_correction_notice_saying_the_quoted_words_are_wrong() -> None:
    # 518: “死亡人口186人”有误，应为“死亡人口168人” — the corrected figure is the value
    text = ("桑园镇2016年工作总结\n全年出生418人，死亡人口186人。\n\n桑园镇人民政府\n2017年1月6日\n\n更正说明\n\n"
            "我镇报送的总结中“死亡人口186人”有误，应为“死亡人口168人”。特此更正。\n")
    assert one(text) == {"births": 418, "deaths": 168}


def test_a_monthly_reports_count_with_no_cue_goes_to_the_period_its_sentence_names() -> None:
    # 517: 1—11月累计出生占全年人口计划230人的93.04% in a report of 本月 beside 累计 — the year to date's share, not the
    # month's (19 births of 230 would be 8.26%)
    text = ("桃坪乡2014年11月份人口计生工作月报\n本月出生19人，累计出生214人。"
            "1—11月累计出生占全年人口计划230人的93.04%。本月死亡13人，累计死亡131人。\n")
    got = {r.period: {k: v.number for k, v in r.values.items()} for r in extract(text, "t").records}
    assert got == {"month: 11月": {"births": 19, "deaths": 13},
                   "to-date: 11月": {"births": 214, "birth_quota": 230, "birth_quota_used_pct": 93.04, "deaths": 131}}


def test_round_559_to_568_phrasings() -> None:
    # a data-first paragraph: figures, a dash, their labels in the same order (a list of each too); a change passed
    # over for the figure after it; a rate as persons per thousand; parities and sexes after 占; a ratio in words;
    # a figure after a dash or 经测算为; a sign inside brackets; the people 在我乡 before their verb
    assert one("32506人——年初户籍总人口；389人——全年出生人口；177人——全年死亡人口；11.93‰——人口出生率；"
               "176人、198人、15人——一孩、二孩、三孩及以上出生；113.74——出生人口性别比；6085人——落实避孕节育措施。") == {
        "population_start": 32506, "births": 389, "deaths": 177, "birth_rate": 11.93, "births_first": 176,
        "births_second": 198, "births_third_plus": 15, "sex_ratio_at_birth": 113.74, "contraception_users": 6085}
    assert one("11.93人——人口出生率；389‰——全年出生人口。") == {}  # (units that are not the labels')
    assert one("全年出生人口比上年增加23人，达到436人；死亡人数比上年减少12人，为198人。流动人口比上年增加0.11万人，"
               "达到1.36万人。") == {"births": 436, "deaths": 198, "floating_population": 13600}
    assert one("全年出生5106人，平均每千人出生12.34人；死亡2537人，平均每千人死亡6.13人。") == {
        "births": 5106, "birth_rate": 12.34, "deaths": 2537, "death_rate": 6.13}
    assert one("出生人口中，一孩占2893人、二孩占2076人、多孩占137人。男孩占402人、女孩占365人。") == {
        "births_first": 2893, "births_second": 2076, "births_third_plus": 137, "births_male": 402, "births_female": 365}
    assert one("男孩196人，女孩181人，相当于每100个女孩对应108.29个男孩。")["sex_ratio_at_birth"] == 108.29
    assert one("辖区出生人口——168人；死亡人口——121人。出生性别比经测算为110.71。") == {
        "births": 168, "deaths": 121, "sex_ratio_at_birth": 110.71}
    assert one("人口出生率（7.79‰）、死亡率（10.28‰）、自然增长率（-2.49‰）均按年平均户籍人口计算。") == {
        "birth_rate": 7.79, "death_rate": 10.28, "natural_growth_rate": -2.49}
    assert one("全年共有236名婴儿在我乡降生，其中男婴124名。")["births"] == 236
    assert one("年初，全乡登记在册的户籍人口为21846人；到了年末，这一数字变成了21903人。") == {
        "population_start": 21846, "population_end": 21903}
    assert one("年初辖区户籍人口为47812人，截至6月30日增至47965人。") == {
        "population_start": 47812, "population_end": 47965}
    assert one("全年一共生了11个娃娃。全年发生了3起事故。") == {"births": 11}
    # a listing of the year's indicators is no target; a district's figure in brackets after 全区 is the district's
    assert one("三项人口指标是：出生率3.51‰，死亡率2.53‰，均低于全区同期水平（出生率3.86‰）。") == {
        "birth_rate": 3.51, "death_rate": 2.53}


def test_an_answer_to_a_question_about_last_year_is_last_years() -> None:
    # (562) 问：去年村里出生多少？ 答：2020年出生14人 — and not a question that only compares with last year (185)
    qa = "问：今年村里添了几个娃？\n答：全年出生11人。\n\n问：去年村里出生多少？\n答：2020年出生14人，今年比去年少3个。\n"
    assert one(qa) == {"births": 11}
    compare = "问：听说今年出生了300多个孩子，比去年同期还多？\n答：准确地说，全镇共出生318人。\n"
    assert one(compare) == {"births": 318}


def test_counts_before_their_label_in_a_sentence_of_last_year() -> None:
    # 个 before a role's word is a count (6个男孩、5个女孩); a sentence opening with last year gives none of its
    # clauses' counts (去年全县生了…、2069个女孩: the girls are last year's too)
    assert one("全年一共生了11个娃娃，6个男孩、5个女孩。") == {"births": 11, "births_male": 6, "births_female": 5}
    assert one("去年全县生了2247个男孩、2069个女孩。今年出生300人。") == {"births": 300}
    assert one("去年，全镇362名婴儿出生。今年出生300人。") == {"births": 300}


def test_round_569_to_578_phrasings() -> None:
    # a table flattened to a line per row; figures in quotation marks; 全年出生男孩 as one cue; 折合 and 即 before a
    # weak cue; households and people side by side (the people read once where a pattern read them already)
    rows = ("项目：户籍户数；单位：户；本年：441；上年：438。\n项目：年初户籍人口；单位：人；本年：1286；上年：1297。\n"
            "项目：其中一孩；单位：人；本年：4；上年：5。\n项目：落实避孕节育措施；单位：人；本年：187；上年：193。\n"
            "项目：综合避孕率；单位：‰；本年：80.95；上年：81.78。\n")
    assert one(rows) == {"households": 441, "population_start": 1286, "births_first": 4, "contraception_users": 187}
    assert one("出生人口性别比“116.85”，政策内出生“190人”；县下达全年人口计划“380人”，已使用50.79%。") == {
        "sex_ratio_at_birth": 116.85, "births_planned": 190, "birth_quota": 380, "birth_quota_used_pct": 50.79}
    assert one("全年出生男孩2095人、女孩1867人。人口死亡率为6.89‰，折合死亡2201人。") == {
        "births_male": 2095, "births_female": 1867, "death_rate": 6.89, "deaths": 2201}
    assert one("截至6月30日，街道辖区户籍9648户28502人，比年初的28431人增加71人。") == {
        "households": 9648, "population_end": 28502, "population_start": 28431}
    assert one("截至2015年底，全村共有486户、1862人。") == {"households": 486, "population_end": 1862}


def test_round_579_to_588_phrasings() -> None:
    # a 分别 list whose last member no cue names (净增, 计划外): the figures in turn, that one given to no one; the
    # populations a rate is based on after 按…的平均数; a bare 全村318户
    assert one("全年出生、死亡、净增分别为281人、102人、179人。") == {"births": 281, "deaths": 102}
    assert one("计划内、计划外分别为272人、9人，计划生育率96.80%。") == {"births_planned": 272, "planned_birth_rate": 96.8}
    assert one("按年初368512人、年末366927人的平均数计算，出生率为8.75‰。") == {
        "population_start": 368512, "population_end": 366927, "birth_rate": 8.75}
    assert one("全村318户，年初人口1142人。")["households"] == 318


def test_round_589_to_598_phrasings() -> None:
    # 在册 populations; 男/女 after 按性别分 and a semicolon (the births' by sex); 男女出生比例 …比100; 亡故 for deaths;
    # 自然增长 without its 率; 新生儿落户; 按照政策出生; 节育措施落实; 年终 as the year's end; 本年度 and 一次 before a
    # short cue
    assert one("全乡年初户籍在册人口30107人,到年底在册30412人,全年新出生婴儿361个,按孩次分:头胎170个,第二胎172个,"
               "三胎及以上19个;按性别分:男190个,女171个,男女出生比例为111.11比100。全年亡故人口210人,死亡率6.94,"
               "自然增长4.99。") == {
        "population_start": 30107, "population_end": 30412, "births": 361, "births_first": 170, "births_second": 172,
        "births_third_plus": 19, "births_male": 190, "births_female": 171, "sex_ratio_at_birth": 111.11, "deaths": 210,
        "death_rate": 6.94, "natural_growth_rate": 4.99}
    assert one("1—6月全镇共有118名新生儿落户,男孩62名、女孩56名。")["births"] == 118
    assert one("实际出生402人。按照政策出生395人,政策生育率98.26%。")["births_planned"] == 395
    assert one("已婚育龄妇女5712人,节育措施落实5089人。")["contraception_users"] == 5089
    assert one("全镇年初常住人口27318人,年终27406人。")["population_end"] == 27406
    assert one("全年开展三查3次,年终一次应查3610人,已查3488人。")["checkup_expected"] == 3610
    assert one("本年度出生198人,其中男孩107人。本年度死亡117人。") == {"births": 198, "births_male": 107, "deaths": 117}
    # a count of natural increase is no rate
    assert "natural_growth_rate" not in one("全年出生361人,死亡210人,自然增长151人。")


def test_round_609_to_618_phrasings() -> None:
    # figures tagged with their years after one cue, in a report titled with its year: the report year's is the value,
    # the year before's end the start; without a title year, the latest of the tagged years
    titled = ("瑶岗县卫生健康局2024年人口监测与家庭发展工作总结\n2024年，我局扎实做好人口监测工作。\n"
              "户籍人口：2023年末为386,412人，2024年末为384,906人，减少1,506人。\n"
              "出生：2023年为3,241人，2024年为2,984人，减少257人。出生人口性别比2023年为111.42，2024年为109.70。\n"
              "孩次：2023年一孩、二孩分别为1,236人、1,512人。人口出生率由2023年的千分之8.36下降到千分之7.74。\n")
    assert one(titled) == {"population_start": 386412, "population_end": 384906, "births": 2984,
                           "sex_ratio_at_birth": 109.7, "birth_rate": 7.74}
    assert one("■出生  2022年为3,418人，2023年为3,126人，少了292人。\n■死亡  2022年为4,146人，2023年为4,370人。") == {
        "births": 3126, "deaths": 4370}
    # the last round of a survey is the year's; a verified figure replaces the one reported
    assert one("3月10日  春季三查，本村应查296人，实查288人。\n12月21日  冬季三查（全年最后一次），本村应查298人，实查291人。") == {
        "checkup_expected": 298, "checkup_done": 291}
    assert one("你镇上报1—6月出生176人，督查组入户核查发现漏报出生3人，核实出生179人，其中男孩95人。") == {
        "births": 179, "births_male": 95}
    # 你镇 addresses the unit (no other unit's name); 关于对X镇…的反馈意见 names X镇
    doc = extract("关于对蒲沱镇2013年上半年人口和计划生育工作督查情况的反馈意见\n蒲沱镇人民政府：\n"
                  "你镇年初总人口26,418人，6月底总人口26,502人，经核查无误。", "t")
    assert [(r.unit, {k: v.number for k, v in r.values.items()}) for r in doc.records] == [
        ("蒲沱镇", {"population_start": 26418, "population_end": 26502})]
    # 2021年，也就是去年: the text says which year its 去年 is, and its 去年 sentences are that year's
    assert one("时间：2022年3月17日\n2021年，也就是去年，全县全年出生3,618人。\n去年全县出生是3,618人，其中男孩1,902人，"
               "女孩1,716人。")["births_male"] == 1902


def units_of(text: str) -> list[tuple[str | None, str | None, dict[str, float | None]]]:
    """(unit, period, indicator → number) of every record of ``text``, in order."""
    return [(r.unit, r.period, {k: v.number for k, v in r.values.items()}) for r in extract(text, "t").records]


def test_round_619_to_628_phrasings() -> None:
    # a unit heading run on after a sentence (chunks joined the lines); a village section (一)X村。; a speaker's label
    head = "云岭县2010年重点乡镇人口工作情况的汇报\n2010年，全县出生4203人。现将有关情况汇报如下："
    assert units_of(head + "一、城关镇全镇年初总人口42023人，全年出生520人。二、河口乡本乡全年出生227人。") == [
        ("云岭县", "full-year", {"births": 4203}), ("城关镇", "full-year", {"population_start": 42023, "births": 520}),
        ("河口乡", "full-year", {"births": 227})]
    assert units_of("楠木乡2009年工作总结\n全年出生213人。\n二、重点村情况\n（一）楠木村。村支书王XX。全年出生31人，死亡17人。\n"
                    "（二）青冈村。全年出生24人。\n") == [
        ("楠木乡", "full-year", {"births": 213}), ("楠木村", "full-year", {"births": 31, "deaths": 17}),
        ("青冈村", "full-year", {"births": 24})]
    minutes = units_of("黛山县人口工作电视电话会议发言摘要\n副县长陈国华：同志们，1—10月，全县出生2712人。\n"
                       "城关镇镇长周明：我镇出生402人，死亡231人。\n长岭乡乡长杨帆：我乡出生173人。\n")
    assert [(u, v) for u, _, v in minutes] == [("黛山县", {"births": 2712}), ("城关镇", {"births": 402, "deaths": 231}),
                                               ("长岭乡", {"births": 173})]
    # a speaker named with his office's title and what he did (发言, 汇报, 作汇报), his name masked or not
    minutes = units_of("筲溪县2012年度人口形势分析会会议纪要\n局长汇报：全县出生2652人。\n"
                       "筲城镇副镇长刘红梅发言：我镇全年出生652人，死亡301人。\n"
                       "笪岭乡计生办主任李XX作汇报：我乡全年出生219人。\n簟河镇党委副书记王德军同志发言：我镇全年死亡197人。\n")
    assert [(u, v) for u, _, v in minutes] == [("筲溪县", {"births": 2652}), ("筲城镇", {"births": 652, "deaths": 301}),
                                               ("笪岭乡", {"births": 219}), ("簟河镇", {"deaths": 197})]
    # a list of districts (城区 among them) with 分别为 lists to the full stop, after 分区看
    assert units_of("澧阳市2022年统计公报\n全年出生人口3100人。\n分区看，城区、东区年初户籍人口分别为186420人、142318人，"
                    "年末分别为185912人、142006人；出生人口分别为1312人、1086人。")[1:] == [
        ("城区", "full-year", {"population_start": 186420, "population_end": 185912, "births": 1312}),
        ("东区", "full-year", {"population_start": 142318, "population_end": 142006, "births": 1086})]
    # a place's line under a half-year title keeps the title's period; 其中2例为流动人口 counts births, no population
    lines = units_of("沅北县2017年上半年各乡镇人口变动情况\n乡镇：城关镇；年初人口：52318；出生：318\n"
                     "乡镇：河口乡；年初人口：23106；出生：142\n高坪乡上半年有3例政策外出生，其中2例为流动人口。")
    assert [(u, p) for u, p, _ in lines[:2]] == [("城关镇", "half-year"), ("河口乡", "half-year")]
    assert not any("floating_population" in v for _, _, v in lines)
    # a place's own line goes on after 该镇; a topic's places glued to its cue; the top of a ranking
    assert units_of("桐岭县2016年考核通报\n全县出生1293人。\n城关镇（考核得分97.5分，等次：优秀）。该镇全年出生562人；"
                    "死亡301人。政策内出生551人，政策符合率98.04%。\n")[1] == (
        "城关镇", "full-year", {"births": 562, "deaths": 301, "births_planned": 551, "planned_birth_rate": 98.04})
    assert units_of("简报\n全县出生483人。出生率枫亭镇今年11.34‰，去年10.91‰；荷叶乡今年11.25‰，去年12.05‰。")[1:] == [
        ("枫亭镇", None, {"birth_rate": 11.34}), ("荷叶乡", None, {"birth_rate": 11.25})]
    assert units_of("兰桥县2021年考核通报\n全县出生3286人。\n出生人口性别比最高的是龙口乡，达121.43，高出全县平均水平9.16。")[1] == (
        "龙口乡", "full-year", {"sex_ratio_at_birth": 121.43})


def test_round_629_to_638_phrasings() -> None:
    # a score sheet's line: 考核项目 and 完成值, the target between them passed over
    assert one("序号：2；考核项目：人口出生率；目标值：≤13‰；完成值：11.95‰（年初总人口21864人）；分值：10；得分：10") == {
        "birth_rate": 11.95, "population_start": 21864}
    # after 确保…，力争…, a clause opening 实际 starts afresh; 未完成目标 negates no count: 其中 after it still breaks down
    assert one("（三）政策符合率。确保98%，力争99%，实际政策内出生2596人，政策符合率99.39%，达到力争目标。") == {
        "births_planned": 2596, "planned_birth_rate": 99.39}
    assert one("实际出生2612人，未完成确保目标，相差188人。其中一孩1086人，二孩1198人。") == {
        "births": 2612, "births_first": 1086, "births_second": 1198}
    # 全乡 inside a township's statement is that township's whole
    assert units_of("凤阳县2014年工作总结\n全县出生5012人。\n河口乡人口计划350人，实际出生318人；全乡年初人口28436人，"
                    "年末28512人，出生率11.17‰。")[1] == ("河口乡", "full-year", {
                        "birth_quota": 350, "births": 318, "population_start": 28436, "population_end": 28512,
                        "birth_rate": 11.17})
    # an issuing office over a 关于… title: the report is on the place the title names
    assert units_of("岚州市卫生和计划生育委员会\n关于莲山县2015年度目标管理责任书考核结果的反馈意见\n"
                    "莲山县人民政府：\n你县全年出生4512人。")[0][0] == "莲山县"


def test_round_639_to_648_phrasings() -> None:
    # a 其中 sentence after the unit's own statement still breaks it down; 户均人口; a place after a masked city
    assert units_of("1996年末，栗山县总人口486352人。其中男性251386人，女性234966人。全县共有132418户，户均人口3.67人。") == [
        ("栗山县", None, {"population_end": 486352, "population_male": 251386, "population_female": 234966,
                               "households": 132418, "family_household_size": 3.67})]
    assert units_of("【范文网】本站为你精心整理了XX市青岩区2021年人口发展情况分析的范文。\nXX市青岩区2021年人口发展情况分析\n"
                    "2021年，全区出生2118人。")[0][0] == "青岩区"


def test_periods_inside_one_text() -> None:
    # from round 649–658: a monthly report printing the year to date's figures with the month's in brackets after
    # them (本月 twice or more): the unbracketed figures, the month-end stock among them, are the year to date's
    month = units_of("杉溪镇人口监测简报\n2024年第5期\n截至5月31日，全镇户籍人口38372人，比年初的38416人减少44人。1—5月全镇累计"
                     "出生146人（其中本月31人），累计死亡190人（其中本月35人）。1—5月出生人口中，男孩77人（本月17人），女孩69人"
                     "（本月14人）。")
    assert {p: v for _, p, v in month} == {
        "month: 5月": {"births": 31, "deaths": 35, "births_male": 17, "births_female": 14},
        "to-date: 5月31日": {"population_end": 38372, "population_start": 38416, "births": 146, "deaths": 190,
                            "births_male": 77, "births_female": 69}}
    past = one("汶溪县2021年1—10月人口变动情况通报\n一、人口总量。10月末，全县户籍人口285936人，户籍户数98614户；比年初的"
               "286412人减少476人。\n【去年同期对照】\n2020年1—10月：年初户籍人口288106人，出生2154人。\n")
    assert past["population_start"] == 286412 and "births" not in past
    sections = units_of("沙洲区人口监测简报\n【12月份】\n12月份全区出生182人，三孩及以上21人，三孩及以上占当月出生的11.54%。"
                        "12月份死亡236人。\n【1—12月（全年）】\n全年出生2264人。\n")
    assert [(p, v.get("births")) for _, p, v in sections] == [("month: 12月", 182), ("full-year", 2264)]
    assert sections[0][2]["deaths"] == 236 and sections[0][2]["third_plus_birth_share"] == 11.54
    # one month's section in a year's 总结 is the month's, not the year's
    year = units_of("白岩乡2013年人口和计划生育工作总结\n一、主要指标完成情况\n全年出生248人，死亡166人。\n三、12月份工作情况\n"
                    "12月份，全乡出生19人，当月死亡21人。\n")
    assert [(p, v) for _, p, v in year] == [("full-year", {"births": 248, "deaths": 166}),
                                           ("month: 12月", {"births": 19, "deaths": 21})]


def test_quarters_inside_a_longer_report() -> None:
    # from round 649–658: a quarter's heading makes its section the quarter's record, its rates' base stated as the
    # mean of two stocks (以3月末…人和6月末…人的平均数); the half-year's section after them is the half-year's
    half = units_of("枫溪县2023年上半年人口形势分析\n一、一季度（1—3月）\n一季度全县出生412人。死亡658人。期初（年初）户籍人口198462人，"
                    "3月末户籍人口198216人。\n二、二季度（4—6月）\n二季度全县出生386人。死亡586人。以3月末198216人和6月末198034人"
                    "的平均数计算，二季度死亡率2.87‰。\n三、上半年（1—6月）合计\n上半年出生798人。死亡1226人。\n")
    assert [(p, v["births"], v["deaths"]) for _, p, v in half] == [
        ("quarter: 一季度", 412, 658), ("quarter: 二季度", 386, 586), ("half-year", 798, 1226)]
    assert (half[1][2]["population_start"], half[1][2]["population_end"]) == (198216, 198034)
    # the sections' headings inside one line, each ended by a full stop (a scraped page); the remaining 剩余 count
    # of the plan is no achieved value
    inline = units_of("桐岗县2016年第三季度人口和计划生育工作通报 现将全县2016年1—9月情况通报如下。一、1—9月累计情况。1—9月全县累计"
                      "出生3216人，累计死亡1810人。二、第三季度情况。7—9月，全县出生1102人，死亡618人。各乡镇要抓紧完成剩余38例四术。")
    assert [(p, v) for _, p, v in inline] == [("to-date: 9月", {"births": 3216, "deaths": 1810}),
                                             ("quarter: 三季度", {"births": 1102, "deaths": 618})]


def test_a_text_table_of_periods_across() -> None:
    # from round 649–658: a table pasted as text, an indicator per row and a period per column, last year's column
    # not read; figures pushed one blank apart by a long label are two cells
    table = units_of("枫港乡2015年第三季度人口和计划生育工作情况通报\n"
                     "指标         三季度  1—9月累计  去年同期(1—9月)\n"
                     "年初户籍人口(人)   —    24816    24702\n"
                     "9月末户籍人口(人)   —    24869    24790\n"
                     "出生人数(人)     64    196      205\n"
                     " 其中:男孩      35    104      108\n"
                     "    女孩      29    92       97\n"
                     "出生人口性别比    120.69 113.04    111.34\n"
                     "出生率(‰)       —     7.89      8.28\n")
    assert {p: v for _, p, v in table} == {
        "to-date: 9月": {"population_start": 24816, "population_end": 24869, "births": 196, "births_male": 104,
                        "births_female": 92, "sex_ratio_at_birth": 113.04, "birth_rate": 7.89},
        "quarter: 三季度": {"births": 64, "births_male": 35, "births_female": 29, "sex_ratio_at_birth": 120.69}}


def test_a_review_of_several_years_gives_the_report_years_figures() -> None:
    # from round 659–668: totals and means of several years (五年累计, 年均, 五年间共, 三年来…；累计…) and a year named as
    # the topic before a cue (出生高峰出现在2017年，当年…) are not the report year's; the report year is the heading's
    review = ("柏溪县十三五时期人口和计划生育工作总结\n一、五年人口发展总体情况\n五年累计出生18178人，年均出生3636人；出生高峰出现在"
              "2017年，当年出生4126人，出生率13.11‰。五年人口年均出生率11.53‰。五年间共死亡11201人。三年来，全县累计出生"
              "10882人；累计死亡6814人。\n二、2020年主要指标完成情况\n全年出生3027人，全年死亡2341人，人口出生率9.56‰。\n"
              "三、“十四五”工作思路\n2021年，全县将力争出生人口性别比控制在110以内。\n")
    assert one(review) == {"births": 3027, "deaths": 2341, "birth_rate": 9.56}
    # a 分别为 list of one figure per year of the range named before it: the report year's, its year-end stock the
    # year before's the start; a change from the plan's base year to the report year's end: the end alone
    series = ("青榆区2019—2023年人口发展情况报告\n2019年至2023年，全区年末户籍人口分别为288308人、289584人、290511人、"
              "290932人、291095人。全区出生人口分别为2986人、2714人、2468人、2231人、2106人，五年累计出生12505人。\n")
    assert one(series) == {"population_end": 291095, "population_start": 290932, "births": 2106}
    grown = "柳塘街道十三五工作总结\n一、五年回顾\n户籍人口由2015年末的41286人增加到2020年末的43209人。\n二、2020年情况\n全年出生336人。\n"
    assert one(grown) == {"population_end": 43209, "births": 336}
    # a text table of years with a row of sums and one of means: the report year's row, the year before's year-end
    table = ("梅溪区2022年人口发展报告\n"
             "| 年份 | 年末户籍人口(人) | 出生人口(人) | 出生率(‰) |\n|---|---:|---:|---:|\n"
             "| 2020 | 360743 | 3208 | 8.92 |\n| 2021 | 362095 | 2896 | 8.01 |\n| 2022 | 362903 | 2564 | 7.07 |\n"
             "| 三年累计 | — | 8668 | — |\n| 年均 | — | 2889 | 8.00 |\n")
    assert one(table) == {"population_end": 362903, "births": 2564, "birth_rate": 7.07, "population_start": 362095}


def test_an_inspections_figures_before_the_check_and_a_samples_are_not_the_units() -> None:
    # from round 669–678: the figure as it stood before a check (评估前…上报, 年报原报, 比对前，…) gives way to the checked
    # one stated after it; other sources compared in the same sentence after a semicolon go with it; a sample's figures
    # (样本户共有人口…, 样本户均人口…) are no unit's
    checked = ("安平县出生人口信息核查报告\n一、核查比对情况\n年报原报全年出生2418人；同期公安出生登记2449人。比对前，公安户籍登记"
               "人口为24356人。\n二、核实后的主要数据\n经核实，2021年全县年末户籍人口253862人，全年出生2456人。人口出生率由评估前的"
               "10.63‰调整为10.76‰。\n")
    assert one(checked) == {"population_end": 253862, "births": 2456, "birth_rate": 10.76}
    sample = ("桃源乡2017年人口调研报告\n全乡年末户籍人口9236人，全年出生236人。调研组抽样调查500户，样本户共有人口1556人，样本户均"
              "人口3.2人。\n")
    assert one(sample) == {"population_end": 9236, "births": 236}


def test_communes_brigades_and_annals_of_the_1980s() -> None:
    # from round 679–688: a 人民公社 names the unit and 全社 its whole (出生 after 社 is a cue); a 大队 whose paragraph
    # opens after an inline heading (三、先进大队情况。东风大队党支部…。该大队…) is a record of its own
    commune = units_of("红旗人民公社1983年计划生育工作总结\n一、人口控制情况。全社出生398人。三、先进大队情况。东风大队党支部把计划生育"
                       "列入议事日程。该大队年初人口1862人，全年出生36人。\n")
    assert commune == [("红旗人民公社", "full-year", {"births": 398}),
                       ("东风大队", "full-year", {"population_start": 1862, "births": 36})]
    # annals: a statement opening with a date of a year is that year's, and 是年 the year the sentence before named
    annals = units_of("《石门县志》\n1979年，县成立计划生育委员会。1985年，全县出生7286人。1986—1989年，4年累计出生31862人。1990年7月1日零时第四次人口普查，全县"
                      "总人口38.76万人。是年，全县出生8012人。\n")
    assert [(p, v) for _, p, v in annals] == [("1985", {"births": 7286}),
                                             ("1990", {"population": 387600, "births": 8012})]


def test_women_by_method_and_check_up_rounds() -> None:
    # from round 689–698: 上环 / 结扎 counted in persons are the women by method, no operations of the year (例)
    assert one("落实各类避孕节育措施5608人。按措施分：上环2864人，结扎2012人。全年放环86例，结扎14例。") == {
        "contraception_users": 5608, "iud_insertions": 86, "sterilizations": 14}
    # the rounds, then the year's total in 人次 (全年累计): the total; a later season's round replaces an earlier one
    rounds = one("春季应查3648人，实查3571人；秋季应查3662人，实查3590人。全年累计应查7310人次，实查7161人次。")
    assert (rounds["checkup_expected"], rounds["checkup_done"]) == (7310, 7161)
    seasons = one("春季三查：应查296人，实查291人。秋季三查：应查298人，实查294人。")
    assert (seasons["checkup_expected"], seasons["checkup_done"]) == (298, 294)
    # … and a figure by person stated after one in 人次 is the year's (the county assesses by person)
    by_person = one("按人次计，两次共应查7960人次，实查7702人次；按人计，全年应参检对象3980人，实际参检3871人。")
    assert (by_person["checkup_expected"], by_person["checkup_done"]) == (3980, 3871)


def test_other_counts_in_persons_beside_the_catalogs() -> None:
    # from round 699–708 (government, 民政 and 卫健 reports full of other counts in 人): a hospital's deliveries, the
    # infant and maternal death rates, registrations and a crematorium's count are none of the catalog's
    health = one("全区住院分娩活产3106人，住院分娩率100%；孕产妇死亡率为0，婴儿死亡率2.83‰，5岁以下儿童死亡率3.76‰。"
                 "全区年初户籍人口298614人，年末户籍人口297862人。全年出生3186人，全年死亡3648人。"
                 "人口出生率10.68‰，死亡率12.23‰，自然增长率-1.55‰。全年办理生育登记2864例。")
    assert health == {"population_start": 298614, "population_end": 297862, "births": 3186, "deaths": 3648,
                      "birth_rate": 10.68, "death_rate": 12.23, "natural_growth_rate": -1.55}
    civil = one("全年火化遗体1486具，火化率86.8%。城市最低生活保障对象6218人，农村五保供养对象1268人。"
                "全县年初总人口264318人，年末总人口265402人。全年出生2986人，其中计划内出生2904人，计划生育率97.25%；"
                "死亡1712人。县殡葬管理所全年办理遗体火化登记与死亡医学证明核对1486例。")
    assert civil == {"population_start": 264318, "population_end": 265402, "births": 2986, "births_planned": 2904,
                     "planned_birth_rate": 97.25, "deaths": 1712}


def test_moves_in_and_out_and_what_is_no_move() -> None:
    # the register's moves (迁入 / 迁出, from 2026-12-06 in the catalog for its balance): stated, listed, respectively
    assert one("全年户籍迁入1264人，迁出1048人。") == {"migration_in": 1264, "migration_out": 1048}
    assert one("全年迁入、迁出分别为64人、64人。") == {"migration_in": 64, "migration_out": 64}
    assert one("全年迁入人口2815人，迁出人口3451人。") == {"migration_in": 2815, "migration_out": 3451}
    # a net figure, a balance of the two and a comparison name neither move's count
    assert one("一季度净迁入947人。") == {}
    assert one("其中迁入迁出相抵净增11人。") == {}
    assert one("因迁出多于迁入机械减少217人。") == {}
    assert one("本月无迁入、迁出。") == {}


def test_a_police_return_a_census_and_a_section_of_one_year() -> None:
    # from round 709–718: a 户政 office's deaths are 死亡注销; 第四次全国人口普查 names a census, not the nation (the
    # county's count after it is its population); a 县志 section headed by its year is that year's, its statement of
    # the year before a comparison, no annals entry
    assert one("全年办理出生登记4318人；办理死亡注销2786人，自然增加1532人。") == {"births": 4318, "deaths": 2786}
    census = extract("龙泉县志（1986—1995）\n1990年，全县年初总人口215408人，年末总人口217983人。\n"
                     "人口普查。1990年7月1日零时第四次全国人口普查，全县总人口216932人。", "t")
    assert [r.values["population"].number for r in census.records] == [216932]
    annal = extract("第二节 一九九〇年人口\n1990年，全县年初总人口215408人，年末总人口217983人。\n"
                    "人口迁移。1990年全县迁入1862人，迁出2415人。1989年全县迁入1706人，迁出2218人。", "t")
    assert [{k: v.number for k, v in r.values.items()} for r in annal.records] == [
        {"population_start": 215408, "population_end": 217983, "migration_in": 1862, "migration_out": 2415}]


def test_the_smallest_units_in_their_own_words() -> None:
    # rounds 909–928: a village's 组, a 居委会 and a farm's 分场 name their reports; 咱村 / 俺村 is the unit itself,
    # not another village; spoken stocks (年初是324人，到年底是328人) and women counted in 个
    assert list(by_unit("李家湾村三组组长的口头汇报\n我们三组现在是86户，年初是324人，到年底是328人。组里已婚育龄妇女有58个，"
                        "落实节育措施的51个。")) == ["李家湾村三组"]
    assert by_unit("李家湾村三组组长的口头汇报\n我们三组现在是86户，年初是324人，到年底是328人。组里已婚育龄妇女有58个，"
                   "落实节育措施的51个。")["李家湾村三组"] == {"population_start": 324, "population_end": 328,
                                                               "married_women": 58, "contraception_users": 51}
    assert list(by_unit("青龙居委会2011年计划生育工作总结\n全年出生38人。")) == ["青龙居委会"]
    assert list(by_unit("红星农场第三分场一九九六年计划生育工作总结\n全年出生31人。")) == ["红星农场第三分场"]
    assert by_unit("杨树村2003年总结\n乡里年初给咱村下达的出生计划是22个，咱没有超。全村过世了10位老人。") == {
        "杨树村": {"birth_quota": 22, "deaths": 10}}
    # the unit's households after its divisions, a 居委会's and a village's
    assert one("我居委会辖8个居民小组，共926户，总人口2684人。") == {"households": 926, "population": 2684}
    assert one("五、其他说明。1.本村共11个村民小组、486户。") == {"households": 486}


def test_the_kinds_of_operation_then_their_sum_and_its_task() -> None:
    # 927: 结扎9例，上环14例，人流7例，引产2例，合计32例，完成乡下达任务30例的106.67% — the sum the operations, the task
    # and its share theirs, not the last kind's
    assert one("全年结扎9例，上环14例，人流7例，引产2例，合计32例，完成乡下达任务30例的106.67%。") == {
        "sterilizations": 9, "iud_insertions": 14, "abortions": 7, "induced_labors": 2, "surgeries": 32,
        "surgeries_target": 30, "surgeries_pct": 106.67}


def test_new_people_with_their_sexes_are_births_and_a_meetings_last_year_is_the_year_reviewed() -> None:
    # 901: 新增人口 (the plan's word for births); 914: minutes of a village meeting in January, its 去年 the year reported
    assert one("今年全乡新增人口203人，其中男孩107人、女孩96人；新增人口中生头一胎的131人，生二胎的69人。") == {
        "births": 203, "births_male": 107, "births_female": 96, "births_first": 131, "births_second": 69}
    minutes = ("杨树村村民大会记录\n时间：2004年1月6日上午\n李书记：我把2003年咱村计划生育的情况给大家通报一下。去年年初，咱村在册"
               "人口是1862人，到年底是1871人。再说死亡，去年全村过世了10位老人。\n")
    assert by_unit(minutes) == {"杨树村": {"population_start": 1862, "population_end": 1871, "deaths": 10}}
    # …but 去年 in a report on its own year is still last year's
    assert by_unit("杨树村2003年计划生育工作总结\n全村年末人口1871人。去年全村过世了12位老人。\n") == {
        "杨树村": {"population_end": 1871}}


def test_a_boundary_change_the_present_area_and_the_old() -> None:
    # 949–958: the year-start on the present area replaces the one marked as the old area's (原口径, 原区划口径, or
    # stated for 原X镇); alone, the old-area figure is the value (958); people moved out are none; a figure worked on
    # the old area (按原区划口径…计算) is none; a 开发区 stating its own figures is a place, 按原区 none
    assert one("街道上年末户籍人口52348人（原口径），滨江社区划出6133人，按调整后口径，年初户籍人口为46215人，"
               "年末户籍人口46102人。")["population_start"] == 46215
    assert one("原桂花镇上年末户籍人口27742人，扣除划出的石门村1424人后，年初户籍人口按现辖区口径为26318人。") == {
        "population_start": 26318}
    assert one("全镇年初户籍人口42618人（调整前口径），7月1日划出4个社区户籍人口9306人，年末户籍人口33402人。") == {
        "population_start": 42618, "population_end": 33402}
    assert by_unit("临河县2009年工作总结\n全县出生3500人，死亡2100人。临河经济开发区全年出生186人，死亡74人。"
                   "按原区划口径（不含开发区）计算，全县出生3319人。\n") == {
        "临河县": {"births": 3500, "deaths": 2100}, "临河经济开发区": {"births": 186, "deaths": 74}}


def test_a_study_names_its_case_and_its_year_by_its_figures() -> None:
    # 969: a thesis's chapter under no dated title reports on the one year its year-ends name (2015年末): the 2010
    # census's population is another year's; 976: a policy evaluation's case (——以白鹭镇为例), its figure at the end
    # of a change to 2017 the value (no later year named before it; 二〇一八年四月 is the date it was written)
    thesis = ("2.1 自然与社会经济概况\n云山县辖9个镇。2010年第六次全国人口普查时，全县常住人口为37.85万人。\n"
              "2.2 人口与计划生育概况\n2015年末全县户籍总人口414208人，比年初的412536人增加1672人。全年出生5126人。\n")
    assert one(thesis) == {"population_end": 414208, "population_start": 412536, "births": 5126}
    study = ("“全面二孩”政策实施效果评估报告——以白鹭镇为例\n\n二〇一八年四月\n\n以2015年为基期、2017年为评估期。"
             "人口出生率由2015年的10.41‰升至2017年的13.06‰；2017年死亡率7.04‰。\n")
    assert by_unit(study) == {"白鹭镇": {"birth_rate": 13.06, "death_rate": 7.04}}
    assert list(by_unit("田野笔记（下坪村，2016年夏）\n\n全村463户。下午村计生专干小吴回来：已婚育龄妇女298人。\n")) == ["下坪村"]
    # a year inside a closed bracket is an aside: the births and their rate are the year's (89)
    assert one("柏河县年鉴（2019）\n\n2018年末，全县户籍总人口318406人。全年出生人口（含补登2017年漏报43人）4215人，"
               "人口出生率13.27‰。\n") == {"population_end": 318406, "births": 4215, "birth_rate": 13.27}


def test_a_scraped_repost_is_named_by_the_title_under_its_breadcrumb() -> None:
    # 978: 首页 > … > … over the report's title, the title cut into chunk lines
    text = "首页 > 范文中心 > 调研报告\n1、关于新塘镇人口和计划生育工作的调研报告 全镇出生310人，死亡171人。\n"
    assert list(by_unit(text)) == ["新塘镇"]


def test_a_mean_and_several_years_are_none_of_the_years_figures() -> None:
    from fpcheck.check import Options, check_document

    # 979: …，五年平均出生率为13.66‰，平均自然增长率为5.52‰: the years' means (the year's 3.91 follows)
    assert one("2020年全乡总结\n五年平均出生率为13.66‰，平均自然增长率为5.52‰。2020年，全乡自然增长率3.91‰。\n") == {
        "natural_growth_rate": 3.91}
    # 971: 子女数平均为1.52个 is a mean, not a count with a stray point: nothing read, nothing warned
    doc = check_document(extract("受访妇女实际已生育子女数平均为1.52个。全乡出生312人。", "t"), Options())
    assert [f.rule for f in doc.all_findings() if f.severity != "info"] == []


def test_a_heading_names_the_year_and_a_comparison_reports_on_the_later() -> None:
    # 980: 2024年人口和计划生育基本情况 is the year's section (计划生育 no plan), so 2015年，… and 2024年，… make no annals;
    # 986: …2024年与2020年…对比分析 reports on 2024, its 2020年末 figure none
    review = ("金河县十年回顾（2015—2024年）\n一、十年人口形势\n2015年，全县出生4126人，人口出生率13.02‰。\n"
              "二、2024年人口和计划生育基本情况\n2024年，全县年初户籍人口312486人，年末户籍人口310952人。全年出生2318人。\n")
    assert [(r.period, {k: v.number for k, v in r.values.items()}) for r in extract(review, "t").records] == [
        ("full-year", {"population_start": 312486, "population_end": 310952, "births": 2318})]
    compared = ("红枫镇2024年与2020年人口计生主要指标对比分析\n一、人口总量。2020年末全镇户籍人口21936人；2024年全镇"
                "年初户籍人口21604人，年末户籍人口21487人。出生人数由2020年的241人减少到2024年的168人。\n")
    assert one(compared) == {"population_start": 21604, "population_end": 21487, "births": 168}
    # 981: annals drop a figure of a year before their first (1980年末 in a 镇志 whose statements open 1990年, 2000年)
    annals = ("石泉镇志\n1980年末，全镇总人口21346人。\n1990年，全镇年初总人口23412人，年末总人口23688人。是年出生468人。\n"
              "2000年，全镇年初总人口24816人，年末总人口24902人。是年出生302人。\n")
    assert [{k: v.number for k, v in r.values.items()} for r in extract(annals, "t").records] == [
        {"population_start": 23412, "population_end": 23688, "births": 468},
        {"population_start": 24816, "population_end": 24902, "births": 302}]


def test_several_reports_in_one_file_each_its_record() -> None:
    # 989: a 简报's items, each headline opening with its place over its paragraph; 998: a 范文 page of two, 篇一 / 篇二
    brief = ("计划生育工作简报\n2020年第1期\n\n石门镇2019年人口计生主要指标全面完成\n据镇计生办统计，石门镇2019年初户籍人口32418人，"
             "年末户籍人口32506人。全年出生368人，死亡241人。\n\n柳林乡出生人口结构平稳，四术任务超额完成\n2019年，柳林乡全年出生214人，"
             "其中男婴116人，女婴98人。从孩次看，一孩97人，二孩101人，三孩及以上16人。\n")
    assert by_unit(brief) == {"石门镇": {"population_start": 32418, "population_end": 32506, "births": 368, "deaths": 241},
                              "柳林乡": {"births": 214, "births_male": 116, "births_female": 98, "births_first": 97,
                                        "births_second": 101, "births_third_plus": 16}}
    page = ("乡镇2010年计划生育工作总结两篇\n篇一：新集镇2010年计划生育工作总结 全镇年初总人口31104人，全年出生410人。"
            "篇二：李庄乡2010年计划生育工作总结 一年来，全乡年初总人口18620人，全年出生236人。\n")
    assert by_unit(page) == {"新集镇": {"population_start": 31104, "births": 410},
                             "李庄乡": {"population_start": 18620, "births": 236}}


def test_a_rate_left_without_its_word_a_parity_named_and_a_smudged_digit() -> None:
    # 1004: 人口出生12.55‰ after the year's births is their rate (the catalog's by_unit: births in ‰); 990: 政策内二孩235人
    # stays the second births' planned though it exceeds a mistyped 二孩 229, and 符合政策生育478人 is all births' planned;
    # 1004: 引产1■例, a digit a smudge hid, is masked (null)
    assert one("全年出生271人。全年死亡149人。人口出生12.55‰，人口死亡6.90‰。") == {
        "births": 271, "deaths": 149, "birth_rate": 12.55, "death_rate": 6.9}
    got = one("全年共出生486人，其中一孩221人，二孩229人（其中政策内二孩235人），三孩及以上26人。符合政策生育478人。")
    assert (got["births_second_planned"], got["births_planned"]) == (235, 478)
    assert one("全年四术362例，其中结扎48例，上环203例，人流96例，引产1■例。")["induced_labors"] is None


def test_an_audit_gives_the_verified_figures_not_the_first_reported() -> None:
    # 1015: 原报… then 依法责令更正后…: the corrected figures, across the place's two statements; 1010: the 核定数据 section
    # after the problems that quote the return; 1016: 台账登记…418人，…核实为412人; 1012: a sample's 调查小区 is no place and its
    # figures none, 核定死亡1,462人 (核定 before a weak cue) the county's
    text = ("一、东岗乡\n经检查，东岗乡2018年度年报原报出生203人，其中计划内出生199人，计划生育率98.03%。检查组发现瞒报9人。"
            "依法责令更正后，东岗乡2018年出生212人；计划内出生199人，计划生育率93.87%；死亡141人。\n")
    assert by_unit(text) == {"东岗乡": {"births_planned": 199, "planned_birth_rate": 93.87, "births": 212, "deaths": 141}}
    feedback = ("一、审核发现的问题\n你镇年报表1填报出生人数298人、出生率11.62‰，经核实，出生人数应为312人。表2填报一孩131人。\n"
                "二、核定数据\n你镇2022年度主要数据核定如下：全年出生312人；一孩137人；人口出生率11.64‰。\n")
    assert one(feedback) == {"births": 312, "births_first": 137, "birth_rate": 11.64}
    assert one("台账登记6月末已婚育龄妇女418人，其中6人已外嫁多年未注销，核实为412人；落实节育措施351人。") == {
        "married_women": 412, "contraception_users": 351}
    survey = ("（一）调查小区比对。调查小区内调查登记出生93人、死亡61人。\n三、核定结果\n核定全县2019年户籍出生2,187人；"
              "核定死亡1,462人。\n")
    assert by_unit(survey) == {None: {"births": 2187, "deaths": 1462}}


def test_shares_notes_and_a_spun_planned_count_after_the_figures() -> None:
    # 1054: 上半年出生已占全年计划的47.74% (已占 a share's cue running on into 占全年计划的); 1057: the report's notes
    # (注：①按年平均人口18975人计算) below its plans section are no plan; 160: the mean as a note's formula's result;
    # 1033: 方案内295人, the spinner's 计划内 straight before a count; 1023 / 167: the third-plus share as the last of a
    # list of shares, after its count in 万, and after a list of counts
    assert one("全年人口计划310人。上半年出生148人，已占全年计划的47.74%。")["birth_quota_used_pct"] == 47.74
    notes = ("全乡出生198人。\n四、2016年工作打算\n力争参检率达到98.5%以上，四术完成率100%。\n\n"
             "注：①按年平均人口18975人计算。\n")
    assert one(notes) == {"births": 198, "population": 18975}
    assert one("全县出生2247人。\n注：\n①年平均人口＝（年初人口＋年末人口）÷2＝286328人。\n")["population"] == 286328
    assert one("全镇出生301人，一孩176人，二孩118人，多孩7人；方案内295人，方案生育率98.01%；")["births_planned"] == 295
    assert one("全区出生3108人，出生人口中二孩、三孩及以上占比分别为41.2%和10.8%。")["third_plus_birth_share"] == 10.8
    assert one("全省出生46.83万人。出生人口中三孩及以上4.61万人，占9.84%。")["third_plus_birth_share"] == 9.84
    listed = "全县出生3108人，其中一孩、二孩、三孩及以上分别为1500人、1200人和408人，分别占48.26%、38.61%和13.13%。"
    assert one(listed)["third_plus_birth_share"] == 13.13


def test_years_listed_the_declared_year_and_a_review_restating_the_year_end() -> None:
    # 811: 2016年、2017年全县出生人口分别为4326人、4518人 — the listed years' figures, the report year's read (a sentence
    # opening with 2016年、 is no last year's), the year the text declares (以2017年为评估年度) under a title naming none;
    # 817: a review's 2024年末 before the 2024 section stating it again is no record of its own
    text = ("岑水县人口发展规划中期评估报告\n县卫计局　2018年6月\n评估以2015年为基期，以2017年为评估年度。\n"
            "2016年、2017年全县出生人口分别为4326人、4518人，人口出生率分别为13.22‰、13.73‰，两年累计出生8844人。\n")
    assert one(text) == {"births": 4518, "birth_rate": 13.73}
    stocks = "2015、2016和2017年全县年末户籍人口分别为32000人、32100人和32200人。"
    assert one("云岭县2017年人口计生工作总结\n" + stocks) == {"population_end": 32200, "population_start": 32100}
    review = ("棠州市2024年人口报告\n本报告以2024年为报告年度。\n一、2020年以来人口变动趋势\n户籍人口由2019年末的2386412人"
              "减少到2024年末的2384806人。\n二、2023年人口变动情况\n2023年，全市年初户籍人口2391206人，年末2387512人。"
              "全年出生16926人。\n三、2024年人口变动情况\n2024年，全市年初户籍人口2387512人，年末2384806人。全年出生17312人。\n")
    assert [r.values["population_end"].number for r in extract(review, "r.txt").records] == [2387512, 2384806]


def test_a_village_answering_its_neighbours_in_spoken_words() -> None:
    # 562: 年初的时候是1426人; 生头胎的4个，生二胎的5个，生三胎的2个; 11个全部是政策内出生; 自然增长率是负数，为-4.92‰
    assert one("截至12月31日，全村共398户，户籍人口1419人。年初的时候是1426人，一年下来少了7人。")["population_start"] == 1426
    parities = one("全年一共生了11个娃娃，6个男孩、5个女孩。其中生头胎的4个，生二胎的5个，生三胎的2个。")
    assert (parities["births_first"], parities["births_second"], parities["births_third_plus"]) == (4, 5, 2)
    assert one("全年一共生了11个娃娃。都符合，11个全部是政策内出生，政策符合率100%。")["births_planned"] == 11
    assert one("出生率7.73‰，死亡率12.65‰，自然增长率是负数，为-4.92‰。")["natural_growth_rate"] == -4.92


def test_bulletin_and_summary_wordings_of_the_later_rounds() -> None:
    # 1073: 全县有户籍人口98214户、321648人 (households and people at once), then 户均人口 and 其中男性…女性… (the
    # population's); 1075: a 常住 year-end after a 户籍 one told 由年初的…减少到… is the population; 三孩及以上占出生人口的比重为
    # 14.55%; 1088: 年终人口 is the year-end; 1087: 完成县定任务150例的105.33% (县定 sets the task: 完成县 is no county);
    # 1083: 上半年和三季度 are nine months, not the half year
    stocks = one("2012年末，全县有户籍人口98214户、321648人，比年初的310926人增加1722人，户均人口3.18人。"
                 "其中男性160218人，女性152430人。")
    assert (stocks["households"], stocks["population_end"], stocks["population_male"]) == (98214, 321648, 160218)
    caliber = one("2022年末，全县户籍人口由年初的526,318人减少到523,947人。\n按常住地口径，年末全县常住人口46.18万人。")
    assert (caliber["population_end"], caliber["population"]) == (523947, 461800)
    assert one("三孩及以上562人；三孩及以上占出生人口的比重为14.55%。")["third_plus_birth_share"] == 14.55
    assert one("全乡共4986户，年初人口20318人，年终人口20402人。")["population_end"] == 20402
    task = one("全年落实四术158例，完成县定任务150例的105.33%。")
    assert (task["surgeries_target"], task["surgeries_pct"]) == (150, 105.33)
    nine = extract("青龙乡2010年工作汇报\n1—9月全乡共出生146人。上半年和三季度共组织三查两次，应查2980人。\n", "t")
    assert [r.period for r in nine.records] == ["to-date: 9月"]


def test_a_year_of_annals_stated_in_prose_and_in_a_table_is_one_record() -> None:
    # 1074: a 县志's 1986年末 in its prose and 1986's births in its table of years join in one record of 1986; its 2005
    # row, every figure of which the 2005 prose states already, is none of its own; a year whose figures disagree
    # (a 1990 row beside another 1990) stays apart, and 817's review before its year's section goes
    from fpcheck.extract import _join_restated
    from fpcheck.model import Document, Location, Record, Value

    def rec(period: str, **figures: float) -> Record:
        return Record("沩川县", {k: Value(k, v, str(v), location=Location("t", (i, i + 1)))
                                 for i, (k, v) in enumerate(figures.items())}, period)

    doc = Document("t", "text", records=[rec("1986", population_end=362415), rec("2005", births=5214, deaths=2689),
                                         rec("1990", births=6124), rec("1986", births=8052, deaths=2536),
                                         rec("2005", births=5214), rec("1990", births=6142)])
    doc.record_findings = [[] for _ in doc.records]
    _join_restated(doc)
    got = [(r.period, {k: v.number for k, v in r.values.items()}) for r in doc.records]
    assert got == [("1986", {"population_end": 362415, "births": 8052, "deaths": 2536}),
                   ("2005", {"births": 5214, "deaths": 2689}), ("1990", {"births": 6124}), ("1990", {"births": 6142})]


def test_the_registered_and_the_floating_population_side_by_side() -> None:
    # 1091: 常住人口年初38420人，6月底39766人，其中户籍人口13316人 (6月底 is spent on its own figure: 户籍 is the population),
    # 居住半年以上的流动人口 a part, 登记流动人口41380人 the total; 实检9016人（含流动人口5812人） a sub-count; 1098: a 常住
    # year-end before a 户籍 pair told 由年初的…减少到年末的… (the pair the rates' base, the 常住 stock the population);
    # 1097: 新增登记 / 注销迁离流动人口 are changes; 1096: 辖16个村（社区），户籍12896户; 1089: 应参加监测3352人
    park = one("金桥街道2009年上半年工作总结\n街道常住人口年初38420人，6月底39766人，其中户籍人口13316人，居住半年以上的流动人口"
               "26450人。截至6月底，辖区登记流动人口41380人。孕情检查应检9420人，实检9016人（含流动人口5812人）。")
    assert (park["population_end"], park["population"], park["floating_population"]) == (39766, 13316, 41380)
    district = one("滨海区2024年度人口年报分析\n2024年末全区常住人口52.36万人；户籍人口由年初的386420人减少到年末的385816人。")
    assert district == {"population": 523600, "population_start": 386420, "population_end": 385816}
    assert "floating_population" not in one("本月新增登记流动人口37人，注销迁离流动人口29人。本月出生4人。")
    assert one("全镇辖16个村（社区），户籍12896户。全年出生180人。")["households"] == 12896
    assert one("全年开展孕环情监测四次，应参加监测3352人，实际参检3187人。")["checkup_expected"] == 3352


def test_places_stating_their_figures_in_turn_then_one_respectively_list() -> None:
    # 1063: 岩口乡出生97人、大坝乡出生136人，政策符合率分别仅为93.81%和94.12% — each place its own births, the list one rate
    # each in order; a person's words (小吴说镇里…) name no place
    text = ("磐溪县人口计生局关于2012年度乡镇工作情况的通报\n全县出生2310人。\n"
            "岩口乡出生97人、大坝乡出生136人，政策符合率分别仅为93.81%和94.12%，低于全县平均水平。\n")
    assert by_unit(text) == {"磐溪县": {"births": 2310}, "岩口乡": {"births": 97, "planned_birth_rate": 93.81},
                             "大坝乡": {"births": 136, "planned_birth_rate": 94.12}}
    assert set(by_unit("下坪村2016年上半年调查笔记\n上半年出生9人。小吴说镇里上半年出生143人。\n")) == {"下坪村"}


def test_places_listed_then_their_figures_respectively() -> None:
    # 1099: 计划生育率居前三位的依次为石门镇、马坪乡、青冈镇，分别为…; 1106: …偏高的是龙口乡和沙坪镇，分别为119.05和118.95;
    # 1102: 从出生规模看，东湖区、西塘区…上半年出生人数分别为…; 1105: a 片区 is a group of villages, no unit
    head = "柘林县2004年人口和计划生育工作通报\n全县出生5120人。\n"
    ranked = by_unit(head + "计划生育率居前三位的依次为石门镇、马坪乡、青冈镇，分别为99.21%、98.85%和98.33%。\n")
    assert [(u, v.get("planned_birth_rate")) for u, v in ranked.items()] == [
        ("柘林县", None), ("石门镇", 99.21), ("马坪乡", 98.85), ("青冈镇", 98.33)]
    high = by_unit(head + "出生人口性别比偏高的是龙口乡和沙坪镇，分别为119.05和118.95，均超过118。\n")
    assert (high["龙口乡"], high["沙坪镇"]) == ({"sex_ratio_at_birth": 119.05}, {"sex_ratio_at_birth": 118.95})
    sizes = by_unit(head + "从出生规模看，东湖区、西塘区、南岭区上半年出生人数分别为1862人、1540人和1986人。从政策符合率看，"
                           "三个区分别为97.85%、96.75%和97.43%。\n")  # (the list named again by its count)
    assert [(sizes[d]["births"], sizes[d]["planned_birth_rate"]) for d in ("东湖区", "西塘区", "南岭区")] == [
        (1862, 97.85), (1540, 96.75), (1986, 97.43)]
    grouped = by_unit("梨园镇2016年工作总结\n全镇出生312人。\n中片区（中和村、槐树村）：两村共出生73人，政策符合率97.26%。"
                      "中和村出生38人；槐树村出生35人。\n")
    assert "中片区" not in grouped and grouped["中和村"] == {"births": 38}


def test_part_year_reports_rounds_and_last_years_end() -> None:
    # 1113: a 月报's （二）累计情况 — after 1—8月累计, the statements after a semicolon are the year to date's too, and its
    # 8月末 / 年初 stocks are the year to date's (the base of its rates), as 995 / 162 pin; 1110: 第二次应查3980人 is the
    # report's round; 1118: 2023年末登记流动人口 in a report on 2024 is last year's
    month = extract("城南街道计划生育工作月报\n（2019年第8期）\n一、人口变动情况\n（一）本月情况。8月份全街道出生38人，其中男孩"
                    "21人、女孩17人；政策内出生36人。本月死亡24人。\n（二）累计情况。1—8月累计出生312人，比去年同期减少19人；"
                    "其中男孩164人、女孩148人；政策内出生301人，政策符合率96.47%。1—8月累计死亡208人。\n（三）人口总量。8月末"
                    "全街道户籍人口46395人，年初为46218人。按1—8月累计数计算，人口出生率6.74‰。\n", "t").records
    (mon, todate) = ({k: v.number for k, v in r.values.items()} for r in month)
    assert (mon["births_male"], todate["births_male"], todate["planned_birth_rate"]) == (21, 164, 96.47)
    assert (todate["population_end"], todate["population_start"]) == (46395, 46218) and "population_end" not in mon
    assert one("上半年开展了两次查环查孕，第二次应查3980人，实查3864人，三查率97.09%。")["checkup_expected"] == 3980
    review = one("滨江街道2024年年中回顾\n2023年末登记流动人口20930人。\n2024年，街道上半年出生152人；截至6月末，登记流动"
                 "人口21480人。\n")
    assert review["floating_population"] == 21480


def test_hong_kong_usage_and_a_next_years_quota() -> None:
    # 1128: 錄得死亡158宗 (宗, a measure word of cases), 落實節育措施者3917人 (者: those who); 1124: 明年县里给的出生计划 is
    # next year's, and 明年县 no county
    hk = one("杉坪鄉二〇一一年錄得出生嬰兒312名。全鄉已婚育齡婦女4386人，落實節育措施者3917人。全年完成四術271宗。")
    assert (hk["contraception_users"], hk["surgeries"]) == (3917, 271)
    plan = by_unit("杉坪乡2011年计划生育工作通报\n全乡出生312人。\n最后说说明年的事。明年县里给的出生计划是三百二十五个。\n")
    assert plan == {"杉坪乡": {"births": 312}}


def test_spoken_and_news_wordings() -> None:
    # 1120 / 1124 / 1122 / 1128: a speech's 政策内的占…% and 县里下达的任务, a 通报's 头胎生的… and 按政策生的…, a news
    # item's 158位老人走完人生旅程 and 有1386人…在外务工, 录得死亡…宗 and 「四术」指标为…宗 (指标: the task)
    speech = one("杉坪乡2011年工作总结。全年全乡出生了312个孩子。出生的孩子里头，政策内的占98.08%，比全县平均的96.87%高出一截。"
                 "四术方面，县里下达的任务是260例，我们完成了271例。")
    assert speech == {"births": 312, "planned_birth_rate": 98.08, "surgeries_target": 260, "surgeries": 271}
    plain = one("杉坪乡2011年。今年全乡一共生了三百一十二个娃娃。头胎生的一百七十一个，第二胎一百三十三个。按政策生的有三百零六个。")
    assert plain == {"births": 312, "births_first": 171, "births_second": 133, "births_planned": 306}
    news = one("本报讯 312名婴儿呱呱坠地，158位老人走完人生旅程——这是杉坪乡2011年的人口“流水账”。全乡有1386人常年在外务工经商。")
    assert news == {"births": 312, "deaths": 158, "floating_population": 1386}
    hk = one("杉坪鄉二〇一一年錄得出生嬰兒312名。同年錄得死亡158宗。縣方年初下達的「四術」指標為260宗，該鄉全年完成271宗。")
    assert hk == {"births": 312, "deaths": 158, "surgeries_target": 260, "surgeries": 271}
    # a title's 山区小乡 names no place: the report is the township's it names after it
    small = by_unit("山区小乡的人口账：杉坪乡二〇一一年\n全乡出生312人。按孩次计，第一孩171人。同年死亡158人。\n")
    assert small == {"杉坪乡": {"births": 312, "births_first": 171, "deaths": 158}}


def test_a_place_described_by_the_wider_area_keeps_its_figures() -> None:
    # 1131 / 514: a paragraph opening 茅坪乡是全县…试点乡。该乡… and a sentence 龙潭村是全乡人口最多的村，全年出生… name the
    # county or the township only to say what the place is: the figures after them are the place's, 该乡 included
    county = by_unit("岚溪县1997年计划生育工作总结\n全县出生5612人。\n三、典型引路\n茅坪乡是全县计划生育试点乡。该乡总人口17826人，"
                     "全年出生236人。全乡已婚育龄妇女3180人，综合节育率91.32%，居全县24个乡镇第一位。全年完成四术402例。\n"
                     "四、存在问题\n")
    assert county["岚溪县"] == {"births": 5612}
    assert county["茅坪乡"] == {"population": 17826, "births": 236, "married_women": 3180, "contraceptive_rate": 91.32,
                               "surgeries": 402}
    town = by_unit("白鹤乡2010年计划生育工作总结\n全乡出生223人。\n二、重点村情况\n龙潭村是全乡人口最多的村，全年出生32人，死亡17人。\n")
    assert town == {"白鹤乡": {"births": 223}, "龙潭村": {"births": 32, "deaths": 17}}
    # 180: 澜城区 is a district's name (老城区 / 主城区 / 加强城区建设 are none); places ranked, then their figures
    # (其中东江区最高，为98.84%，澜城区最低，为96.12%: each its own)
    city = by_unit("澜州市2015年人口统计公报\n全市出生人口28416人。各区县出生人数：澜城区5842人，东江区4316人。各区县政策符合率"
                   "均在95%以上，其中东江区最高，为98.84%，澜城区最低，为96.12%。\n")
    assert (city["澜城区"], city["东江区"]) == ({"births": 5842, "planned_birth_rate": 96.12},
                                               {"births": 4316, "planned_birth_rate": 98.84})


def test_forms_and_tables_with_row_numbers_or_codes() -> None:
    # 1140: a markdown table of townships after a 序号 column whose 合计 row leaves it blank
    towns = by_unit("桐川县2015年人口主要指标\n各乡镇情况如下：\n\n| 序号 | 乡镇 | 年初人口 | 出生人数 | 死亡人数 |\n| --- | --- | --- | --- | --- |\n"
                    "| 1 | 桐城镇 | 58214 | 612 | 371 |\n| 2 | 柳湾乡 | 21437 | 198 | 164 |\n| | 合计 | 79651 | 810 | 535 |\n")
    assert towns == {"桐川县": {"population_start": 79651, "births": 810, "deaths": 535},
                     "桐城镇": {"population_start": 58214, "births": 612, "deaths": 371},
                     "柳湾乡": {"population_start": 21437, "births": 198, "deaths": 164}}
    # 1148: a form's 指标名称 | 计量单位 | 代码 | 本年 | 上年同期 | 增减: 本年's figure, not the row's code
    form = one("柳岸街道2025年人口统计年报说明\n指标名称\t计量单位\t代码\t本年\t上年同期\t增减\n年初户籍人口\t人\t01\t52384\t52216\t168\n"
               "出生人口\t人\t02\t318\t356\t-38\n死亡人口\t人\t08\t402\t389\t13\n人口出生率\t‰\t12\t6.07\t6.81\t-0.74\n")
    assert form == {"population_start": 52384, "births": 318, "deaths": 402, "birth_rate": 6.07}
    # 1145: a 四术 table by kind after a 序号 column, 全年任务 | 完成 | 完成率; a month's part stated after it
    # (十一月…集中完成结扎手术37例) is not the year's 结扎
    tasks = one("金竹镇2005年计划生育工作简报\n全年完成四术120例。分项完成情况如下表：\n序号\t项目\t全年任务（例）\t完成（例）\t完成率（%）\n"
                "1\t结扎\t20\t22\t110.00\n2\t放环\t60\t63\t105.00\n3\t人流\t30\t35\t116.67\n\t合计\t110\t120\t109.09\n"
                "其中，十一月服务月期间集中完成结扎手术9例。\n")
    assert (tasks["sterilizations"], tasks["sterilizations_target"], tasks["iud_insertions_pct"]) == (22, 20, 105.0)
    assert (tasks["surgeries"], tasks["surgeries_target"], tasks["surgeries_pct"]) == (120, 110, 109.09)


def test_text_tables_of_yearbooks_and_scraped_pages() -> None:
    # 1158: a group line over the header (已婚育龄妇女 over 无孩 | 一孩 | 二孩 | 合计): the women by children, not births
    women = by_unit("穆家乡2003年工作汇报\n全乡已婚育龄妇女1028人。\n　　　　已婚育龄妇女（按现有子女数分）\n"
                    "村　别    无孩    一孩    二孩    合计\n穆家村      42     318     257     617\n"
                    "柳坪村      27     205     179     411\n全　乡      69     523     436    1028\n")
    assert women["穆家村"] == {"married_women_childless": 42, "married_women_one_child": 318,
                               "married_women_two_children": 257, "married_women": 617}
    # 1150: 项目 | 合计 | 男 | 女 by sex: 本年出生 the births, 年末人口 the population; 年初人口's sexes and the 增减 row none
    sexes = one("苍岭县2006年年鉴条目\n全县出生人口4387人。\n项　目      合　计        男        女\n"
                "年初人口    386412    197236    189176\n本年出生      4387      2331      2056\n"
                "年末人口    387566    197787    189779\n本年增减      1154       551       603\n")
    assert sexes == {"births": 4387, "population_start": 386412, "births_male": 2331, "births_female": 2056,
                     "population_end": 387566, "population_male": 197787, "population_female": 189779}
    # 1149: a form with 代码, its 其中：男 / 女 rows the parts of the row above them (births, then the year-end's)
    form = one("樟湾街道2025年统计年报\n指标名称              计量单位    代码      本年      上年\n"
               "本年出生人口          人          02         326       358\n　其中：男            人          03         171       186\n"
               "　　　　女            人          04         155       172\n年末户籍人口          人          11       48263     48216\n"
               "　其中：男            人          12       24012     23981\n　　　　女            人          13       24251     24235\n")
    assert form == {"births": 326, "births_male": 171, "births_female": 155, "population_end": 48263,
                    "population_male": 24012, "population_female": 24251}
    # 1152 / 1153: units typed in the cells (4562人 | 11.35‰); a header over two lines set by blanks, a group over two
    # cells (出生 over 人数 | 率(‰)), lined up as a fixed-width font shows them (a wide char two columns)
    typed = by_unit("茶亭镇2011年通报\n序号\t村别\t年初人口\t出生\t出生率\n1\t茶亭村\t4562人\t52人\t11.35‰\n"
                    "2\t黄土村\t2318人\t18人\t7.79‰\n\t全镇\t6880人\t70人\t10.19‰\n")
    assert typed["茶亭村"] == {"population_start": 4562, "births": 52, "birth_rate": 11.35}
    wide = by_unit("凤栖县2014年统计公报（摘录）\n          年末户籍    出生             死亡\n乡　镇    人口(人)    人数    率(‰)    人数    率(‰)\n"
                   "凤城镇       86420     912    10.58     503     5.83\n栖云乡       31584     318    10.06     236     7.46\n"
                   "全　县      118004    1230    10.43     739     6.27\n")
    assert wide["栖云乡"] == {"population_end": 31584, "births": 318, "birth_rate": 10.06, "deaths": 236,
                              "death_rate": 7.46}
    # 1155: an HTML table scraped a cell a line, its rows a blank line apart
    html = by_unit("莲塘街道发布2019年出生人口监测情况\n各社区出生人口情况如下:\n\n社区\n出生人数\n一孩\n二孩\n\n荷花社区\n96\n51\n45\n\n"
                   "莲湖社区\n74\n40\n34\n\n合计\n170\n91\n79\n\n街道卫健办负责人介绍，…\n")
    assert html["荷花社区"] == {"births": 96, "births_first": 51, "births_second": 45}


def test_census_bulletins_towns_in_two_panels_and_the_population_by_sex() -> None:
    # 1161: the towns' table set in two panels side by side: each town its record, the right panel's too
    towns = by_unit("桐岗县第六次全国人口普查主要数据公报\n全县常住人口为281930人。\n"
                    "乡　镇    常住人口（人）    乡　镇    常住人口（人）\n城关镇             68214    石桥乡             21743\n"
                    "龙口镇             35862    板桥乡             18427\n新店镇             29315    高坪乡             16058\n")
    assert (towns["城关镇"], towns["石桥乡"], towns["高坪乡"]) == (
        {"population": 68214}, {"population": 21743}, {"population": 16058})
    # 1167 / 1165: 男性 / 女性 with no subject are the population's, and 性别比 after them the population's
    census = one("枫林区第七次全国人口普查主要数据（要点）\n●　全区常住人口：418736人\n●　男性：213584人（51.01%）\n"
                 "●　女性：205152人（48.99%）\n")
    assert census == {"population": 418736, "population_male": 213584, "population_female": 205152}
    # 970: a survey's sample opening its sentence (113份有效问卷中，…): none of its figures is the unit's
    survey = one("石桥村2019年社会实践调查报告\n全村户籍人口2145人。113份有效问卷中，女性受访者74人，男性39人。\n")
    assert survey == {"population": 2145}
    # 1164: a 解读 whose line breaks were lost, its subtitle after —— on the title's line naming the unit
    assert list(by_unit("人口总量持续增长 人口结构不断优化 ——槐川区第七次全国人口普查数据解读 槐川区统计局 2021年6月 普查结果显示，"
                        "全区常住人口为735108人。")) == ["槐川区"]


def test_a_places_heading_and_its_paragraph_and_a_posts_byline() -> None:
    # 1172: 三、典型引路：杉坊镇 ⏎ 杉坊镇是…。2019年全镇出生…: the heading's place and its paragraph one text (the county's
    # record took the town's boys before)
    county = by_unit("檀溪县卫生健康局2019年工作总结\n一、人口形势\n全年出生4318人。\n三、典型引路：杉坊镇\n"
                     "杉坊镇是全县人口第一大镇，全镇户籍人口52318人。2019年全镇出生463人，其中男婴246人。\n四、下步打算\n")
    assert county == {"檀溪县": {"births": 4318}, "杉坊镇": {"population": 52318, "births": 463, "births_male": 246}}
    # 1177: a WeChat post whose title names its town only as 我镇: the byline 原创 金滩镇社会事务办 names it
    post = by_unit("数说金滩|2024年我镇出生人口数据出炉\n原创 金滩镇社会事务办 金滩发布 2025年1月21日\n2024年，全镇共出生204人。\n")
    assert post == {"金滩镇": {"births": 204}}


def test_a_table_by_sex_gives_no_sexes_to_the_parities() -> None:
    # 合计 | 男 | 女 over 一孩 | 二孩 | 出生人数 rows: a parity's boys are no catalog figure, the births' are
    sexes = one("某镇2020年人口统计\n全镇出生312人。\n项目      合计    男    女\n一孩       171    90    81\n"
                "二孩       141    75    66\n出生人数   312   165   147\n")
    assert sexes == {"births": 312, "births_first": 171, "births_second": 141, "births_male": 165, "births_female": 147}


def test_a_villages_households_and_people_side_by_side() -> None:
    # 1185 / 1186: 年末户籍人口640户2412人 and 户籍人口：年末1096户2874人: the year-end's households, then its people;
    # 1184: 据村计生专干统计 names no village
    village = one("石门村2020年度人口和计划生育统计报告\n年初户籍人口2398人，年末户籍人口640户2412人。全年出生22人。\n")
    assert village == {"population_start": 2398, "population_end": 2412, "households": 640, "births": 22}
    post = one("新苑社区2022年度社区人口情况通报\n📌户籍人口：年末1096户2874人（年初2891人）\n")
    assert post == {"population_end": 2874, "households": 1096, "population_start": 2891}
    assert list(by_unit("高岭村2019年驻村工作报告\n二、人口变动。据村计生专干统计，全年出生17人。\n")) == ["高岭村"]


def test_a_villages_groups_on_lines_of_their_own() -> None:
    # 1185: 一组：…，全年出生6人，死亡5人 under a village's 各村民小组情况: each 组 a record of its own, its households and
    # people too (the heading naming no time: its population)
    groups = by_unit("石门村2020年度人口和计划生育统计报告\n全村全年出生22人，死亡17人。\n二、各村民小组情况\n"
                     "一组：168户631人，全年出生6人，死亡5人。\n二组：155户587人，全年出生5人，死亡4人。\n")
    assert (groups["石门村"], groups["一组"], groups["二组"]) == (
        {"births": 22, "deaths": 17}, {"births": 6, "deaths": 5, "households": 168, "population": 631},
        {"births": 5, "deaths": 4, "households": 155, "population": 587})
    # (分成三组 or 第一组 inside a sentence names no unit)
    assert list(by_unit("石门村2020年工作总结\n全村干部分成三组入户核查，全年出生22人。\n")) == ["石门村"]


def test_a_government_work_report_reviews_the_year_before() -> None:
    # 1166: a 政府工作报告 given early in 2011 reviews 2010: its 去年 is the year it reports on, not one before it
    report = one("雁湖县政府工作报告\n——2011年2月23日在雁湖县人民代表大会上\n去年，全县出生人口4726人，人口出生率11.46‰。\n")
    assert report == {"births": 4726, "birth_rate": 11.46}


def test_figures_before_their_words_said_with_shi_and_a_townships_own_words() -> None:
    # 1189–1198: 151名是男婴 / 198名是头胎 (the count, 是, its label); 268位居民辞世; 487名新生儿在藕塘落户
    assert one("全乡共有287名婴儿降生，151名是男婴，136名是女婴。198名是头胎，81名是二胎，8名是三胎及以上。") == {
        "births": 287, "births_male": 151, "births_female": 136, "births_first": 198, "births_second": 81,
        "births_third_plus": 8}
    assert one("全年有268位居民辞世，死亡率5.09‰。") == {"deaths": 268, "death_rate": 5.09}
    assert one("全年共有487名新生儿在藕塘落户。") == {"births": 487}


def test_long_acting_methods_are_a_part_of_the_contraception_not_all_of_it() -> None:
    # 1189: 其中落实长效节育措施3579人 is a part: the women using any method are the 3796 before it
    assert one("年末全乡4125名已婚育龄妇女中，3796人落实了各种节育措施，综合节育率92.02%，其中落实长效节育措施3579人。") == {
        "married_women": 4125, "contraception_users": 3796, "contraceptive_rate": 92.02}
    assert "contraception_users" not in one("全乡已婚育龄妇女4125人，落实长效节育措施3579人。")


def test_planned_births_by_parity_in_brackets_and_their_sum() -> None:
    # 1190: each parity's 计内 in its own bracket (二孩117人(计内12023人), 110 pasted over, stays the parity's), then
    # 计内合计391人: all births' planned
    got = one("全镇共出生410人,一孩281人(计内280人);二孩117人(计内12023人);多孩12人(计内1人),计内合计391人,计生率为95.37%")
    assert got["births_second_planned"] == 12023 and got["births_third_plus_planned"] == 1 and got["births_planned"] == 391


def test_a_sentence_opening_with_the_breakdown_it_gives_keeps_the_subject() -> None:
    # 1192: 出生方面，…共出生201人。性别上，男性106人，女性95人: the births' boys and girls, not the population's
    got = one("出生方面，1—6月共出生201人。性别上，男性106人，女性95人，出生性别比111.58。")
    assert got == {"births": 201, "births_male": 106, "births_female": 95, "sex_ratio_at_birth": 111.58}
    assert one("年末总人口38587人，男性19706人，女性18881人。") == {
        "population_end": 38587, "population_male": 19706, "population_female": 18881}


def test_a_sex_ratio_as_girls_to_boys_or_boys_to_girls() -> None:
    # 1198: 出生婴儿女男之比为100:109.01 is 109.01 boys per 100 girls, as 男女之比为109.01:100 is
    assert one("全年出生487人，出生婴儿女男之比为100:109.01。")["sex_ratio_at_birth"] == 109.01
    assert one("全年出生487人，出生婴儿男女之比为109.01:100。")["sex_ratio_at_birth"] == 109.01


def test_a_places_line_opening_with_households_and_people_and_its_lists_year_end() -> None:
    # 1185: 一组：168户631人，全年出生6人… under 二、各村民小组情况（年末数）: the 组's households and its year-end people;
    # under a heading that names no time the people are its population
    lines = "一组：168户631人，全年出生6人，死亡5人；低保户3户。\n二组：155户587人，全年出生5人，死亡4人。\n"
    records = extract("石门村2020年人口统计报告\n全村全年出生22人。\n二、各村民小组情况（年末数）\n" + lines, "t").records
    assert {r.unit: {k: v.number for k, v in r.values.items()} for r in records[1:]} == {
        "一组": {"households": 168, "population_end": 631, "births": 6, "deaths": 5},
        "二组": {"households": 155, "population_end": 587, "births": 5, "deaths": 4}}
    plain = extract("石门村2020年人口统计报告\n全村全年出生22人。\n二、各村民小组情况\n" + lines, "t").records
    assert plain[1].values["population"].number == 631 and "population_end" not in plain[1].values


def test_a_figure_said_to_be_no_part_of_the_report_is_not_read() -> None:
    # 1185's note: 第七次全国人口普查全村登记常住人口2076人，与户籍人口口径不同，未纳入本报告
    text = "全村年末户籍人口2412人。\n说明：第七次全国人口普查全村登记常住人口2076人，与户籍人口口径不同，未纳入本报告。\n"
    assert one(text) == {"population_end": 2412}


def test_a_table_of_births_by_parity_with_shares_and_sexes() -> None:
    # 1147: 孩次 | 出生人数 | 占比(%) | 男 | 女 | 性别比: each parity's count, the third's share of the births, the totals
    # row's boys, girls and sex ratio (a parity's sexes and ratio are no catalog figure)
    table = ("| 孩次 | 出生人数 | 占比(%) | 男 | 女 | 性别比 |\n| --- | --- | --- | --- | --- | --- |\n"
             "| 一孩 | 142 | 38.17 | 73 | 69 | 105.80 |\n| 二孩 | 194 | 52.15 | 100 | 94 | 106.38 |\n"
             "| 三孩及以上 | 36 | 9.68 | 23 | 13 | 176.92 |\n| 合计 | 372 | 100.00 | 196 | 176 | 111.36 |\n")
    assert one("2021年全镇出生372人。出生人口按孩次分组情况如下:\n" + table + "从表中可以看出，二孩占比超过一半。") == {
        "births": 372, "births_first": 142, "births_second": 194, "births_third_plus": 36, "third_plus_birth_share": 9.68,
        "births_male": 196, "births_female": 176, "sex_ratio_at_birth": 111.36}
    # 603: the same table after a town's sentence in the county's text is the county's, not the town's
    county = ("鹤川县2017年计划生育统计年报分析\n全县全年出生2418人。\n从各乡镇情况看，城关镇出生412人，出生率最高，为13.42‰。\n"
              "二、出生人口结构。分孩次出生情况如下:\n孩次\t出生人数\t占比(%)\t上年人数\n一孩\t962\t39.78\t1084\n"
              "二孩\t1351\t55.87\t973\n三孩及以上\t105\t4.34\t79\n合计\t2418\t100.00\t2136\n")
    records = {r.unit: {k: v.number for k, v in r.values.items()} for r in extract(county, "t").records}
    assert records["鹤川县"]["births_first"] == 962 and records["鹤川县"]["births_second"] == 1351
    assert records["城关镇"] == {"births": 412, "birth_rate": 13.42}


def test_the_deaths_sexes_are_no_population_and_a_named_year_end_before_implies_the_start() -> None:
    # 1217: 死亡2131人，其中男性1163人、女性968人 — the deaths' men and women, no catalog figure
    assert one("1—6月全县死亡2131人，其中男性1163人、女性968人。") == {"deaths": 2131}
    # 1218: 年末…24473人，比2023年末的24618人减少145人 in a report on 2024: the start its rates rest on (not a printed value)
    (record,) = extract("菱塘镇2024年工作总结\n年末全镇户籍人口24473人，比2023年末的24618人减少145人。全年出生153人，"
                        "出生率6.23‰。\n", "t").records
    assert record.implied["population_start"][0].number == 24618 and "population_start" not in record.values


def test_part_year_reports_months_inside_and_a_dated_aside() -> None:
    # 1222: a report on one quarter reads its 第三季度 sentence as its own, and 分月看，7月出生21人… are the months', not
    # the quarter's births
    quarter = one("茆坪乡2011年第三季度人口和计划生育工作情况报告\n第三季度（7—9月）全乡出生58人，其中男孩30人，女孩28人。"
                  "分月看，7月出生21人，8月出生17人，9月出生20人。本季度死亡33人。\n")
    assert quarter == {"births": 58, "births_male": 30, "births_female": 28, "deaths": 33}
    # (a month's own line in a text titled by no month, 10月：出生12，…, is still that month's record)
    assert [v for r in extract("发件人：桥头乡计生办\n10月：出生12，死亡7。\n", "t").records
            for k, v in r.values.items() if k == "births"][0].number == 12
    # 1225 / 1222: a quarter's start printed as the previous quarter's end, then its end (6月底…24290人，9月底24396人)
    assert one("某乡2017年第三季度计划生育工作报告\n6月底全乡户籍人口24290人，9月底24396人。第三季度全乡出生71人。\n") == {
        "population_start": 24290, "population_end": 24396, "births": 71}
    assert one("某乡2019年上半年工作小结\n全乡年初户籍人口38420人，6月底39766人。\n") == {
        "population_start": 38420, "population_end": 39766}
    # 1224: 期初（7月末） dates the 期初 before it: the start, not an end
    assert one("柞塘镇2015年8月份人口计生月报\n本月期初（7月末）全镇户籍人口28406人，期末（8月末）28437人。\n") == {
        "population_start": 28406, "population_end": 28437}


def test_assessment_material_a_headings_words_a_paritys_planned_births_and_an_officials_title() -> None:
    # 1229: a section heading run into its text, its scoring aside after it (一、人口计划指标（分值40分，占考核权重40%）
    # 全乡年初…): 计划 and 指标 are the heading's words, not a target said of the stocks after it
    assert one("自查情况如下： 一、人口计划指标（分值40分，占考核权重40%） 全乡年初总人口18410人，年末总人口18527人。") == {
        "population_start": 18410, "population_end": 18527}
    # (a heading that names targets still makes its section's figures targets)
    assert one("一、全年出生312人。\n二、明年目标 全乡出生控制在300人以内。\n") == {"births": 312}
    # 1235: 二孩政策内出生69人 is the second births' planned, not all births' (政策内出生142人 is read before it)
    assert one("全年出生146人，二孩71人。政策内出生142人；二孩政策内出生69人。") == {
        "births": 146, "births_second": 71, "births_planned": 142, "births_second_planned": 69}
    # 1235: 艾坪乡副乡长…述职述廉报告 is 艾坪乡's (副乡长 is the writer's post, no place 副乡)
    assert [r.unit for r in extract("艾坪乡副乡长2015年度述职述廉报告\n全乡全年出生146人。\n", "t").records] == ["艾坪乡"]


def test_news_stories_a_speakers_patch_a_preposition_before_the_unit_and_a_profiles_subtitle() -> None:
    # 1243: 「我包的这6个村，今年出生了58个娃…」 — a speaker's villages, a part of the unit: none of its figures
    assert one("芩源镇2014年工作\n「我包的这6个村，今年出生了58个娃，一个政策外的都没有。」说起这些，她很自豪。全镇全年出生318人。\n") == {
        "births": 318}
    # 1243: a profile's subtitle, ——记芩源镇计生办专干吴桂兰, is about 芩源镇 (记, no place 记芩源镇)
    assert [r.unit for r in extract("她把计生工作做进了群众心坎里——记芩源镇计生办专干吴桂兰\n2014年，芩源镇全年出生318人。\n",
                                    "t").records] == ["芩源镇"]
    # 1241: 【解说】据街道计生办统计，… — 据 is a preposition before the unit's own word, no place 据街道
    assert [r.unit for r in extract("芡湾街道2010年工作\n【解说】据街道计生办统计，2010年全街道出生412人。\n", "t").records] == [
        "芡湾街道"]
    # 1246: a post headed by its account's name names the unit in its text: 蘩园街道的人口计生工作
    assert [r.unit for r in extract("蘩园发布\n2020年，是极不平凡的一年。疫情之下，蘩园街道的人口计生工作稳中有进。\n"
                                    "全年出生386人。\n", "t").records] == ["蘩园街道"]
    # 1114: a month's end with an aside after it, 截至9月末为17701人（即上文的9月末人口）, is the period's end
    assert one("全乡年初户籍人口17588人，截至9月末为17701人（即上文的9月末人口）。1—9月累计出生171人。") == {
        "population_start": 17588, "population_end": 17701, "births": 171}


def test_a_village_heads_spoken_report() -> None:
    # 1188: 户口上是…人 (the register's count), 走了…个老人 (the deaths), 三胎的也有三个 (也有: a connector)
    assert one("荷塘村2025年工作总结\n年初咱村户口上是一千八百七十九人，到年底是五百零三户一千八百五十七人。今年全村走了二十九个老人，"
               "最大的九十六岁。今年咱村一共生了十二个娃娃。头胎三个，二胎六个，三胎的也有三个。\n") == {
        "population_start": 1879, "population_end": 1857, "households": 503, "deaths": 29, "births": 12,
        "births_first": 3, "births_second": 6, "births_third_plus": 3}


def test_the_unit_named_after_a_year_or_before_its_party_committee() -> None:
    # 1198: 数说藕塘：2018年藕塘街道…年终盘点 — the place after the year, not 年藕塘街道
    assert [r.unit for r in extract("数说藕塘：2018年藕塘街道卫生计生工作年终盘点\n全年出生487人。\n", "t").records] == ["藕塘街道"]
    # 1065: a yearbook entry, 2016年，磐溪县委、县政府把人口和计划生育工作… — not 月由原县 from 2015年11月由原县卫生局…
    text = ("人口和计划生育\n【概况】2016年，磐溪县委、县政府把人口和计划生育工作纳入乡镇年度目标考核。县卫生和计划生育局"
            "（2015年11月由原县卫生局、县人口和计划生育局合并组建）内设8个股室。\n【人口状况】全年出生5362人。\n")
    assert [r.unit for r in extract(text, "t").records] == ["磐溪县"]


def test_a_benefit_programmes_recipients_by_sex_are_no_population() -> None:
    # 1250: 共有奖扶对象412人，其中男性208人、女性204人 — the recipients' sexes, not the town's men and women
    assert one("苎坪镇2007年奖扶特扶自查报告\n年末全镇户籍人口32016人。2007年全镇共有奖扶对象412人，其中男性208人、女性204人。\n") == {
        "population_end": 32016}


def test_the_office_signing_at_the_end_names_the_unit() -> None:
    # 1264: 关于2014年度全镇…工作情况的通报 names no place; 蒨江镇人民政府 signs it over the date
    text = ("关于2014年度全镇人口和计划生育工作情况的通报\n各村（居）委会、镇直各单位：\n全年出生333人。\n蒨江镇人民政府\n"
            "2015年1月12日\n")
    assert [r.unit for r in extract(text, "t").records] == ["蒨江镇"]


def test_a_farms_appended_report_and_a_statistical_year() -> None:
    # 1277: 下一篇：蔺沟林场2013年计划生育工作简报 — a forestry farm's report after another's is a record of its own
    text = ("藁林林场2013年计划生育工作总结\n全场全年出生58人。\n藁林林场计划生育办公室\n\n下一篇：蔺沟林场2013年计划生育工作简报\n"
            "蔺沟林场2013年计划生育工作简报\n2013年，蔺沟林场年初总人口4897人，年末总人口4862人。全年出生39人；全年死亡33人。\n")
    records = {r.unit: {k: v.number for k, v in r.values.items()} for r in extract(text, "t").records}
    assert records["蔺沟林场"] == {"population_start": 4897, "population_end": 4862, "births": 39, "deaths": 33}
    # 1269: 本统计年度（1995年10月1日至1996年9月30日） — the family-planning statistical year: twelve months, the year's
    (rec,) = extract("蒹塘乡1996年计划生育工作总结\n本统计年度（1995年10月1日至1996年9月30日），全乡出生268人。\n", "t").records
    assert rec.period == "full-year"


def test_figures_revised_are_read_as_finally_stated() -> None:
    """Round 1299–1308: a report that states its figures twice, first as reported, then as checked, gives the final."""
    # a 快报 beside the 年报 in a text table: the 年报 column is the table's own, the 快报 and 差额 columns are not read
    table = ("碣川县2005年人口和计划生育统计年报分析\n指标              快报数  年报数  差额\n"
             "年末总人口（人）  357655  357698  +43\n出生人数（人）    4086    4127    +41\n"
             "出生率（‰）       11.45   11.56   +0.11\n")
    assert one(table) == {"population_end": 357698, "births": 4127, "birth_rate": 11.56}
    # a sentence opening with the 快报 (even after its month) is the preliminary's, every clause of it
    assert one("我乡12月份统计快报上报全年出生239人，死亡128人。") == {}
    # …as one opening 清理前, until a clause says what was done to it (…后，) or gives the checked figure (清理后)
    assert one("清洗前系统中出生记录2463条，删除重复记录51条后，全县出生2398人，其中男孩1251人。") == {
        "births": 2398, "births_male": 1251}
    assert one("清理前数据库登记出生214人，核减重复录入4人，清理后全年出生210人，其中男孩114人；一孩104人。") == {
        "births": 210, "births_male": 114, "births_first": 104}
    # a section of the figures after the adjustment replaces those the 公安 counted before it
    assert one("区公安分局户籍系统2020年登记我街道出生523人、注销死亡412人。\n三、调整后的年报数据\n"
               "经补录调整，全年出生500人；全年死亡396人。") == {"births": 500, "deaths": 396}
    # a 勘误 whose misprint only its quotes print: the value read inside them takes the corrected figure
    assert one("现更正如下：“出生人口性别比为116.18”应为“出生人口性别比为111.68”。") == {"sex_ratio_at_birth": 111.68}
    # the preliminary's figure in brackets after the final, its cue right after 快报: not read over it
    assert one("年报数据如下：人口出生率为13.22，比快报数提高0.43个千分点（快报出生率为12.79）。") == {"birth_rate": 13.22}


def test_a_town_named_with_cheng_zhen_is_a_place_not_the_urban_part() -> None:
    """Round 1319–1328: 筲城镇出生652人 is the town's births; 其中城镇出生1200人 (the urban part of a split) is no count of
    the unit's births, nor 全县城镇出生率."""
    text = "筲溪县2012年简报\n2012年全县出生2652人。\n新城镇出生652人，笕垭镇出生463人。"
    assert {r.unit: {k: v.number for k, v in r.values.items()} for r in extract(text, "t").records} == {
        "筲溪县": {"births": 2652}, "新城镇": {"births": 652}, "笕垭镇": {"births": 463}}
    assert one("2012年全县出生2652人，其中城镇出生1200人，乡村出生1452人。") == {"births": 2652}


def test_round_1329_to_1338_phrasings() -> None:
    """The blind round written to use no phrasing an earlier text used (1329–1338), each worked by hand."""
    # a household population and a collective one broken down by sex in brackets: theirs, not the births' (103.87 is
    # no sex ratio at birth; the births' own 117.03 comes after)
    assert one("全县家庭户人口411245人（男209530人，女201715人，性别比103.87），集体户人口7046人（男4412人，女2634人）。"
               "全年出生5046人，男2721人、女2325人，出生人口性别比117.03。") == {
        "household_population": 411245, "household_population_male": 209530, "household_population_female": 201715,
        "household_sex_ratio": 103.87, "collective_population": 7046, "collective_population_male": 4412,
        "collective_population_female": 2634, "births": 5046, "births_male": 2721, "births_female": 2325,
        "sex_ratio_at_birth": 117.03}
    # married women by the children they have, in words (无子女的, 一个子女的, 2个子女的, 3个及以上子女的; 尚无子女的)
    assert one("已婚育龄妇女8612人，按生育子女数分，无子女的724人，一个子女的3968人，2个子女的3706人，3个及以上子女的214人。") == {
        "married_women": 8612, "married_women_childless": 724, "married_women_one_child": 3968,
        "married_women_two_children": 3706, "married_women_three_plus": 214}
    assert one("全镇已婚育龄妇女6214人，其中尚无子女的412人。")["married_women_childless"] == 412
    # …but 无子女的 with no married women before it names nobody's count
    assert one("全镇出生312人。全镇无子女的老人126人。") == {"births": 312}
    # cues listed, then 依次为 / 依次是 and their figures in order
    assert one("全年出生、死亡、迁入、迁出人口依次为186人、298人、326人、467人。") == {
        "births": 186, "deaths": 298, "migration_in": 326, "migration_out": 467}
    assert one("全年出生4627人。男孩、女孩依次是2458人、2169人。") == {"births": 4627, "births_male": 2458,
                                                             "births_female": 2169}
    # words between a cue and its figure: 方面为, 底数为, 亦为
    assert one("出生率方面为12.38‰，死亡率为6.32‰。") == {"birth_rate": 12.38, "death_rate": 6.32}
    assert one("全乡年初人口底数为17386人，年终在册人口17548人。") == {"population_start": 17386, "population_end": 17548}
    # 死亡 after 等 (因病、因老等死亡) or 期间 (这一期间死亡)
    assert one("全年因病、因老等死亡268人。") == {"deaths": 268}
    assert one("1—10月出生356人。这一期间死亡291人。") == {"births": 356, "deaths": 291}
    # the operations done (实做), the quota's share used (占去), the women checked (已监测), the births within policy
    assert one("县下达我乡四术任务260例，全年实做277例，完成任务的106.54%。") == {
        "surgeries_target": 260, "surgeries": 277, "surgeries_pct": 106.54}
    assert one("县下达我镇全年人口计划460人，半年出生数已占去46.52%。") == {"birth_quota": 460,
                                                                "birth_quota_used_pct": 46.52}
    assert one("孕情监测应监测4216人，已监测4089人，孕情监测率96.99%。") == {
        "checkup_expected": 4216, "checkup_done": 4089, "checkup_rate": 96.99}
    assert one("凡符合政策的出生共206名，政策符合率96.26%。") == {"births_planned": 206, "planned_birth_rate": 96.26}
    # 二孩之中: the second births' breakdown, its 政策内 theirs, not all the planned births
    assert one("全县出生4627人，二孩2363人。二孩之中属政策内的2301人，二孩政策符合率97.38%；全县政策内出生合计4534人。") == {
        "births": 4627, "births_second": 2363, "births_second_planned": 2301, "second_birth_planned_rate": 97.38,
        "births_planned": 4534}
    # the year's increase and decrease and their other causes; the start as the base the year-end is compared with
    assert one("全年增加人口共10299人，由出生3986人、迁入6215人和其他增加98人构成；减少人口共7726人，由死亡2106人、"
               "迁出5606人和其他减少14人构成。") == {"total_increase": 10299, "births": 3986, "migration_in": 6215,
                                                   "other_increase": 98, "total_decrease": 7726, "deaths": 2106,
                                                   "migration_out": 5606, "other_decrease": 14}
    assert one("年末全镇户籍人口27593人；户籍户数9784户。与上年末的27846人相比，全年减少253人。") == {
        "population_end": 27593, "households": 9784, "population_start": 27846}
    # …but a change worded with 增加人口 after 比上年 is no increase of the year
    assert one("全镇出生356人，比上年增加人口58人。") == {"births": 356}
    # the third-plus share in other words; the household size and the women using contraception in other words
    assert one("三孩及以上17人，三孩及以上在全部出生中的比例为4.83%。") == {"births_third_plus": 17,
                                                                "third_plus_birth_share": 4.83}
    assert one("全县家庭户人口411245人，平均每个家庭户3.13人。") == {"household_population": 411245,
                                                         "family_household_size": 3.13}
    assert one("已婚育龄妇女4310人，节育措施落实到人的3820人。") == {"married_women": 4310, "contraception_users": 3820}
    # 辖区14个社区共…: all the unit's communities, its own figure (三个社区共… is a group's)
    assert one("磴湾街道2018年工作汇报\n辖区14个社区共登记流入人口12406人。") == {"floating_population": 12406}
    assert one("磴湾街道2018年工作汇报\n全街道出生356人。三个社区共出生58人。") == {"births": 356}
    # the basis of listed rates said between the cues and their figures
    assert one("全年出生4627人。出生率、死亡率系按年平均人口计算，分别为12.07‰和6.74‰，出生率比全市低。") == {
        "births": 4627, "birth_rate": 12.07, "death_rate": 6.74}
    # the three rates named by their counts' words and 三率, and each rate's figure printed before it
    assert one("人口出生、死亡、自然增长三率依次为12.45‰、6.18‰、6.27‰。") == {
        "birth_rate": 12.45, "death_rate": 6.18, "natural_growth_rate": 6.27}
    assert one("出生、死亡、自然增长三率分别为7.12‰、8.30‰和-1.18‰。") == {
        "birth_rate": 7.12, "death_rate": 8.3, "natural_growth_rate": -1.18}
    assert one("全年死亡103人。我乡以12.48‰的出生率、5.90‰的死亡率，实现人口自然增长率6.58‰。") == {
        "deaths": 103, "birth_rate": 12.48, "death_rate": 5.9, "natural_growth_rate": 6.58}


def test_common_phrasings_of_township_summaries() -> None:
    """Wordings of ordinary summaries probed one by one (2026-12-07), each reading worked by hand."""
    assert one("全年开展孕环情监测3次，应检人数5120人，实检人数4980人，受检率97.27%。") == {
        "checkup_expected": 5120, "checkup_done": 4980, "checkup_rate": 97.27}
    # 控制在计划之内 says the births kept within the plan: no target word for the count after it
    assert one("全年出生人口控制在计划之内，出生312人，占全年人口计划330人的94.55%。") == {
        "births": 312, "birth_quota": 330, "birth_quota_used_pct": 94.55}
    # the women using contraception named as the married women who do: not all the married women
    assert one("全镇已婚育龄妇女6124人，采取各种避孕节育措施的已婚育龄妇女5321人。") == {
        "married_women": 6124, "contraception_users": 5321}
    assert one("人口计划完成率94.55%。") == {"birth_quota_used_pct": 94.55}
    assert one("已婚育龄妇女6124人，落实节育措施率86.89%。全年四术到位率100%。") == {
        "married_women": 6124, "contraceptive_rate": 86.89, "surgeries_pct": 100}
    assert one("全年出生312人，其中符合政策生育308人，符合率98.72%。") == {
        "births": 312, "births_planned": 308, "planned_birth_rate": 98.72}
    # 其 opens a clause about the clause before's subject: the migrants' rate, not the unit's (its own comes after)
    assert one("年末登记流入人口18642人，流动人口中已婚育龄妇女3860人，其避孕节育措施落实率为84.2%。"
               "年末已婚育龄妇女48621人，综合避孕率86.76%。") == {
        "floating_population": 18642, "married_women": 48621, "contraceptive_rate": 86.76}


def test_the_phrasings_left_by_round_1329_to_1338() -> None:
    """Wordings 1329–1338 used that were not read when it was pinned, each worked by hand."""
    # 一项 / 方面 between a count's cue and its figure (死亡一项，全年计…): the count of that item
    assert one("全年出生312人，死亡一项，全年计186人。") == {"births": 312, "deaths": 186}
    assert one("死亡方面，全年共186人。") == {"deaths": 186}
    # …but a clause break alone still parts a cue from the next clause's figure
    assert one("全年出生312人，死亡，全年计186人。") == {"births": 312}
    # the register's households with only the area before them (辖区在籍…户 / 全镇户籍…户)
    assert one("辖区在籍2318户，户籍人口8210人。") == {"households": 2318, "population": 8210}
    # a change's verb with 了 (由上年的112.3降到了108.57): the figure after it is the year's
    assert one("出生人口性别比由上年的112.3降到了108.57。") == {"sex_ratio_at_birth": 108.57}
    # a parity's planned part with a connector (计划内亦为121名, 计划内仅2名): that parity's, as 计划内76名 is
    assert one("头胎121名，计划内亦为121名；二胎84名，计划内76名；三胎及以上13名，计划内仅2名。") == {
        "births_first": 121, "births_first_planned": 121, "births_second": 84, "births_second_planned": 76,
        "births_third_plus": 13, "births_third_plus_planned": 2}
    # the four kinds summed (四项合计) after their list: the surgeries, the task and its share after them
    assert one("四术分项——结扎：全年任务30例，半年完成12例；上环：全年任务150例，半年完成88例。四项合计完成215例，"
               "为全年任务414例的51.93%。") == {
        "sterilizations_target": 30, "sterilizations": 12, "iud_insertions_target": 150, "iud_insertions": 88,
        "surgeries": 215, "surgeries_target": 414, "surgeries_pct": 51.93}


def test_round_1339_to_1348_phrasings() -> None:
    """The blind round at the bottom of the system (a 村's spoken 述职, a 公众号 post, a 村务公开栏), each worked by hand."""
    # spoken: counts with 个 before the people (个人, 个伢, 个老人家), 在册的是, the year's two ends said 年初那阵子 / 到了年底
    assert one("年初那阵子我们村在册的是两千一百四十六个人，到了年底一盘，在册的是两千一百三十一个人。") == {
        "population_start": 2146, "population_end": 2131}
    assert one("全乡年头在册人口18320人，到年尾在册人口18452人。") == {"population_start": 18320, "population_end": 18452}
    # …but 第六个年头 is no year's start
    assert one("今年是第六个年头了，全村在册人口2131人。") == {"population": 2131}
    assert one("一年里头送走了24个老人家，比去年多了5个；再一个是户口迁进来11个，迁出去19个。") == {
        "deaths": 24, "migration_in": 11, "migration_out": 19}
    # the births said 生了…个伢 and broken down after "17个伢里头" (the count the sentence before gave), 男伢 / 女伢, 大宝 …
    assert one("今年全村一共生了17个伢，比去年少了4个。17个伢里头，男伢9个，女伢8个。按大宝、二宝、三宝分开来讲，大宝6个，"
               "二宝9个，三宝2个。") == {"births": 17, "births_male": 9, "births_female": 8, "births_first": 6,
                                   "births_second": 9, "births_third_plus": 2}
    assert one("1．添丁14人（男伢8人，女伢6人）。2．亡故11人。") == {"births": 14, "births_male": 8, "births_female": 6,
                                                     "deaths": 11}
    assert one("全年共添小孩231个，比上年的248个少添17个。添的小孩里男孩124个、女孩107个。") == {
        "births": 231, "births_male": 124, "births_female": 107}
    # 我们村 / 咱们村 before a weak cue: the unit's own (我们村出生7.95‰)
    assert one("我们村出生7.95‰，死亡11.22‰。") == {"birth_rate": 7.95, "death_rate": 11.22}
    # the year-end's households and people (年末全村487户、2131人): the people the year-end's
    assert one("讲清楚：年末全村487户、2131人。") == {"households": 487, "population_end": 2131}
    # married women by their children in spoken and in register words
    assert one("已婚育龄妇女243人。其中：还没生育的9人，生了一个的96人，生了两个的127人，生了三个及以上的11人。") == {
        "married_women": 243, "married_women_childless": 9, "married_women_one_child": 96,
        "married_women_two_children": 127, "married_women_three_plus": 11}
    assert one("已婚育龄妇女4,236人，其中尚未生育的173人、已育一孩的1,486人、已育二孩的2,264人、已育三孩及以上的275人。") == {
        "married_women": 4236, "married_women_childless": 173, "married_women_one_child": 1486,
        "married_women_two_children": 2264, "married_women_three_plus": 275}
    # moves into and out of the unit named (迁入本镇, 迁离本村); the migrants as 外来流动人员
    assert one("全年迁入本镇312人，迁出本镇298人。") == {"migration_in": 312, "migration_out": 298}
    assert one("户口迁进本村9人，户口迁离本村6人。在本村居住的外来流动人员18人。") == {
        "migration_in": 9, "migration_out": 6, "floating_population": 18}
    # the third-plus share in other words; the growth as the two rates' difference (二者: the rates, no two places)
    assert one("一孩141人、二孩152人、三孩及以上25人，三孩及以上出生所占比重为7.86%。") == {
        "births_first": 141, "births_second": 152, "births_third_plus": 25, "third_plus_birth_share": 7.86}
    assert one("大宝 112人，二宝 118人，三宝 31人。三宝在全部新生儿中占11.88%。") == {
        "births_first": 112, "births_second": 118, "births_third_plus": 31, "third_plus_birth_share": 11.88}
    assert one("人口出生率11.22‰、死亡率6.16‰，二者相减得自然增长率5.06‰。") == {
        "birth_rate": 11.22, "death_rate": 6.16, "natural_growth_rate": 5.06}
    # the quota's share used (为计划数的…%), the operations done (做了), the newborns by sex, births within policy
    assert one("县卫计局年初下达我镇的出生计划为334人，实际出生为计划数的93.41%。") == {
        "birth_quota": 334, "birth_quota_used_pct": 93.41}
    assert one("县下达我镇计划生育手术任务180例，全年做了192例，完成率106.67%。") == {
        "surgeries_target": 180, "surgeries": 192, "surgeries_pct": 106.67}
    assert one("1—6月出生176人；其中男性新生儿93人、女性新生儿83人。") == {"births": 176, "births_male": 93,
                                                            "births_female": 83}
    assert one("一孩71人。生育符合政策的172人，政策符合率97.73%。") == {"births_first": 71, "births_planned": 172,
                                                          "planned_birth_rate": 97.73}
    assert one("第一胎132个，方案内也是132个；第二胎71个，方案内也是71个。") == {
        "births_first": 132, "births_first_planned": 132, "births_second": 71, "births_second_planned": 71}
    # a post's words: newborns who 前来报到, people who 永远离开了我们, the stock a year before a year-end's
    assert one("2022年，全镇共有261名“小钤山人”前来报到。全年共有352位乡亲永远离开了我们。") == {"births": 261, "deaths": 352}
    assert one("截至2022年12月31日，全镇户籍人口38214人，一年前的这一天是38562人。") == {
        "population_end": 38214, "population_start": 38562}
    # a report on a year, under a title naming it, reads the year before's end as its start
    assert one("锟溪乡2020年人口监测统计年报说明\n2020年末全乡户籍人口26317人；户籍户数8947户。2019年末全乡户籍人口26415人。"
               "年平均人口按两个年末数平均为26366人。") == {
        "population_end": 26317, "households": 8947, "population_start": 26415, "population": 26366}


def test_figures_written_with_multipliers_and_ratios_said_in_words() -> None:
    """Number forms probed one by one (2026-12-07), each reading worked by hand."""
    # digits with Chinese multipliers, as clerks type them: one figure
    assert one("全年出生3千2百零8人，年末户籍人口1万2千3百人。") == {"births": 3208, "population_end": 12300}
    # 以女性为100，男性为107.5 is a ratio's words: no count of men
    assert one("以女性为100，男性为107.5。") == {}
    assert one("年末常住人口423274人，其中男性215823人，女性207451人。") == {
        "population_end": 423274, "population_male": 215823, "population_female": 207451}


def test_round_1349_to_1358_phrasings() -> None:
    """The blind round on every way a text writes a number (1349–1358), each worked by hand."""
    # a figure in brackets after its label, its change beside it: the figure the label's
    assert one("年初户籍人口（31264人），年末户籍人口（31402人，+138）。全年出生（352人，+17），出生人口性别比（112.05，-3.21）；"
               "政策符合率（98.58%，+0.42个百分点）。") == {
        "population_start": 31264, "population_end": 31402, "births": 352, "sex_ratio_at_birth": 112.05,
        "planned_birth_rate": 98.58}
    # thousands typed with the full-width comma between half-width digits (before the unit, or a group opening with 0)
    assert one("年末户籍人口42，491人，比年初的42，618人减少127人。已婚育龄妇女4，008人。") == {
        "population_end": 42491, "population_start": 42618, "married_women": 4008}
    # the population's sex ratio in words after its sexes (以女性为100，男性为…): no count of men
    assert one("户籍人口中，男性15.68万人，女性15.18万人，以女性为100，男性为103.29。") == {
        "population_male": 156800, "population_female": 151800, "population_sex_ratio": 103.29}
    # Chinese numerals with 余 before the unit, a ratio and its base in words, 廿 for twenty
    assert one("全镇外来人口一百二十余人。男女婴之比为一百一十七点七二比一百。全年结扎任务30例，完成廿四例。") == {
        "floating_population": 120, "sex_ratio_at_birth": 117.72, "sterilizations_target": 30, "sterilizations": 24}
    # the households after two kinds of divisions (辖14个行政村、1个居委会，3100余户)
    assert one("我乡地处县境西北，辖14个行政村、1个居委会，3100余户。") == {"households": 3100}


def test_round_1359_to_1368_phrasings() -> None:
    """The blind round of units that are not townships (1359–1368), each worked by hand."""
    # the unit's own whole in its own word (全局, 全场, 全校), its staff before a weak cue (职工生育)
    assert one("全年全局死亡186人。") == {"deaths": 186}
    assert one("全年职工生育34人，其中男18人、女16人。") == {"births": 34, "births_male": 18, "births_female": 16}
    # a university's married women by the children they have borne (按已生育子女数分: the women's breakdown, no births)
    assert one("全校已婚育龄女教职工842人，按已生育子女数分：尚未生育的97人，已生一孩的503人，已生二孩的231人，"
               "已生三孩及以上的11人。") == {"married_women": 842, "married_women_childless": 97,
                                        "married_women_one_child": 503, "married_women_two_children": 231,
                                        "married_women_three_plus": 11}
    assert one("全年全校教职工生育56个孩子（男29人，女27人）。其中第1孩31人，第2孩23人，第3孩2人。") == {
        "births": 56, "births_male": 29, "births_female": 27, "births_first": 31, "births_second": 23,
        "births_third_plus": 2}
    # check-ups said 应参加检查的 / 实际参加 / 检查率; the third-born's share said 第三胎占…
    assert one("应参加检查的2105人，实际参加2049人，检查率97.34%。") == {
        "checkup_expected": 2105, "checkup_done": 2049, "checkup_rate": 97.34}
    assert one("第一胎18人，第二胎21人，第三胎2人，第三胎占出生总数的4.88%。") == {
        "births_first": 18, "births_second": 21, "births_third_plus": 2, "third_plus_birth_share": 4.88}
    # households after a 苏木's 嘎查 and a 社区's 居民
    assert one("全苏木辖12个嘎查，共2846户。") == {"households": 2846}
    assert one("本社区共有居民1642户，设楼栋长32名。") == {"households": 1642}
    # a title opening with the institution that reports is its record's name, not the place in it
    assert [r.unit for r in extract("鹮城县人民医院2022年计划生育工作总结\n全年职工生育34人。", "t").records] == [
        "鹮城县人民医院"]
    assert [r.unit for r in extract("鹞山煤矿2020年上半年计划生育工作小结\n上半年职工生育41人。", "t").records] == ["鹞山煤矿"]


def test_round_1369_to_1378_phrasings() -> None:
    """The blind round on parts of a year (1369–1378), each worked by hand."""
    # a quarter's two ends (季初 / 季末, 由3月末的…增加到6月末的…, 比6月末的…减少), its moves and deaths 季内
    assert one("季初（1月1日）全镇户籍人口28,614人，季末（3月31日）28,577人。") == {
        "population_start": 28614, "population_end": 28577}
    assert one("全乡户籍人口由3月末的19,842人增加到6月末的19,871人。季内迁入14人，迁出28人。季内死亡52人。") == {
        "population_start": 19842, "population_end": 19871, "migration_in": 14, "migration_out": 28, "deaths": 52}
    assert one("9月末全县户籍人口268,512人，比6月末的268,934人减少422人。") == {
        "population_end": 268512, "population_start": 268934}
    # the third-born's share of the quarter's births (占本季出生的…, 占出生总数… with no 的), 次孩 the second
    assert one("一孩20人，二孩28人，三孩及以上3人，三孩及以上占本季出生的5.88%。") == {
        "births_first": 20, "births_second": 28, "births_third_plus": 3, "third_plus_birth_share": 5.88}
    assert one("三孩及以上63人，三孩及以上占出生总数12.65%。其中頭孩138人，次孩89人。") == {
        "births_third_plus": 63, "third_plus_birth_share": 12.65, "births_first": 138, "births_second": 89}
    # under an issuer's line, a title naming a quarter: a statement opening with the year before is that year's
    text = ("秬阳县卫生健康局\n2024年第三季度人口监测分析\n三季度人口出生率1.85‰，均为季度数。2023年全县人口出生率7.96‰。")
    assert one(text) == {"birth_rate": 1.85}


def test_a_text_table_whose_header_sets_its_labels_one_blank_apart() -> None:
    """1396: 乡镇  年初人口 年末人口 出生 死亡 … over rows padded two blanks apart or more: the header read over them, each
    township its record (worked by hand from the table)."""
    text = ("嵯阳县2008年人口和计划生育统计公报\n三、分乡镇情况\n乡镇  年初人口 年末人口 出生 死亡\n"
            "嵯东镇   38420  38611  402  246\n嵯西乡   21562  21618  236  158\n石门镇   26408  26533  290  176\n")
    got = {r.unit: {k: v.number for k, v in r.values.items()} for r in extract(text, "t").records}
    assert got["嵯西乡"] == {"population_start": 21562, "population_end": 21618, "births": 236, "deaths": 158}
    assert set(got) >= {"嵯东镇", "嵯西乡", "石门镇"}


def test_round_1399_to_1408_phrasings() -> None:
    """The blind round of the seeds' corruptions at full strength (1399–1408): its wordings, each worked by hand."""
    # a stock with a verb between 年初 / 年末 and its figure; 在籍人口, 户口在册人口; 年终 the year's end
    for text in ("户籍人口年初报15876人，年末报15942人。", "户籍人口年初基数15876人，年末实有15942人。",
                 "户籍人口年初统计为15876人，年末统计为15942人。", "总人口年初时为15876人，到年底有15942人。",
                 "户籍人口：年初登记15876人，年底登记15942人。", "在籍人口年初15876人，年末15942人。",
                 "户口在册人口年初是15876人，到年终为15942人。"):
        assert one(text) == {"population_start": 15876, "population_end": 15942}, text
    # births and their sexes in other words; 男女分别为…和… (two cues run together before 分别)
    assert one("全年新添人口198人，其中男婴104人、女婴94人。") == {"births": 198, "births_male": 104, "births_female": 94}
    assert one("全年迎来新生婴儿352名，男女分别为185名和167名。") == {"births": 352, "births_male": 185, "births_female": 167}
    assert one("全年落地出生137人，男73人，女64人。") == {"births": 137, "births_male": 73, "births_female": 64}
    assert one("全镇总人口31250人，男女分别为16010人和15240人。") == {
        "population": 31250, "population_male": 16010, "population_female": 15240}
    # parities and each one's planned births (合乎政策的, 持有二孩生育证的, 符合再生育条件的 after the parity's count); the
    # planned births of all said 落在政策之内的 / 符合法定生育条件的 / 计划内共出生; 首胎, 第三孩
    assert one("其中头胎生育80人，二胎生育54人，三胎生育3人。") == {"births_first": 80, "births_second": 54, "births_third_plus": 3}
    assert one("全镇出生124人。生第一个的72人，全部符合政策；生第二个的49人，合乎政策的47人；生第三个及以上的3人，合乎政策的X人。"
               "合乎政策的共119人。") == {"births": 124, "births_first": 72, "births_second": 49, "births_second_planned": 47,
                                    "births_third_plus": 3, "births_third_plus_planned": None, "births_planned": 119}
    assert one("第二孩121名，持有二孩生育证的117名；第三孩及以上12名，符合再生育条件的2名。") == {
        "births_second": 121, "births_second_planned": 117, "births_third_plus": 12, "births_third_plus_planned": 2}
    assert one("首胎201名，二胎140名。落在政策之内的334人。") == {"births_first": 201, "births_second": 140, "births_planned": 334}
    # the women by the children they have, as 零子女 / 一子女 … and as mothers
    assert one("已婚育龄妇女6843人，按子女数分组：零子女512人，一子女3680人，二子女2559人，三子女及以上92人。") == {
        "married_women": 6843, "married_women_childless": 512, "married_women_one_child": 3680,
        "married_women_two_children": 2559, "married_women_three_plus": 92}
    assert one("已婚育龄妇女2640人，其构成为：未育妇女188人，只有一个孩子的1326人，两个孩子的母亲1071人，三个及以上孩子的母亲55人。") == {
        "married_women": 2640, "married_women_childless": 188, "married_women_one_child": 1326,
        "married_women_two_children": 1071, "married_women_three_plus": 55}
    # the women using contraception (长效或短效 together is all of them; 长效 alone a part)
    assert one("已婚育龄妇女3516人，措施落实3020人，综合节育率85.89%。") == {
        "married_women": 3516, "contraception_users": 3020, "contraceptive_rate": 85.89}
    assert one("采取了长效或短效避孕措施的4418人。") == {"contraception_users": 4418}
    assert one("已婚育龄妇女：全镇3908人，其中实行避孕节育的3375人。") == {"married_women": 3908, "contraception_users": 3375}
    assert one("已婚育龄妇女58人，其中落实长效节育措施的54人。") == {"married_women": 58}
    # check-ups in other words
    assert one("全年分三轮开展查环查孕，累计应到4860人次，到位4731人次，到位率97.35%。") == {
        "checkup_expected": 4860, "checkup_done": 4731, "checkup_rate": 97.35}
    assert one("全年安排孕情监测两轮，须参加4560人次，已参加4412人次，参加率96.75%。") == {
        "checkup_expected": 4560, "checkup_done": 4412, "checkup_rate": 96.75}
    assert one("全年应受检76410人次，实际受检74925人次，受检比例98.06%。") == {
        "checkup_expected": 76410, "checkup_done": 74925, "checkup_rate": 98.06}
    # the quota and its share; a rate list before 这三个率分别是; 县下达 before a 四术 figure: its task
    assert one("县下达我镇全年人口计划330名，实际使用91.21%。") == {"birth_quota": 330, "birth_quota_used_pct": 91.21}
    assert one("县定我乡全年出生控制数150人，实际出生占控制数的91.33%。") == {"birth_quota": 150, "birth_quota_used_pct": 91.33}
    assert one("出生率、死亡率、自然增长率这三个率分别是12.17‰、6.22‰和5.95‰。") == {
        "birth_rate": 12.17, "death_rate": 6.22, "natural_growth_rate": 5.95}
    assert one("四术：县下达250例，全镇完成262例，完成率104.80%。") == {
        "surgeries_target": 250, "surgeries": 262, "surgeries_pct": 104.8}
    # 男女出生之比为…：100; the third-born's share named 后者 after the parities
    assert one("全年新添人口198人，其中男婴104人、女婴94人，男女出生之比为110.64：100。") == {
        "births": 198, "births_male": 104, "births_female": 94, "sex_ratio_at_birth": 110.64}
    assert one("一孩238人，二孩127人，三孩及以上11人，后者在全部出生中占4.47%。") == {
        "births_first": 238, "births_second": 127, "births_third_plus": 11, "third_plus_birth_share": 4.47}
    # the migrants living there (居住半年以上的外来人口约…余人; its women a group of them), 流入人口现有, a template's blank
    assert one("在我镇居住半年以上的外来人口约1310余人，其中已婚育龄妇女420人。") == {"floating_population": 1310}
    assert one("流动人口：本镇流入人口现有1430人。") == {"floating_population": 1430}
    assert one("全乡登记流动人口______人。") == {"floating_population": None}
    # a 文库 page run into one line: a signature's date, the page number, the next report's title — its own unit
    text = ("荻洲街道2013年卫生计生工作总结 全年出生352人。 荻洲街道办事处 2013年12月26日 3 荻浦县水利局2013年计划生育工作总结 "
            "一年来，我局认真贯彻落实人口与计划生育法。2013年全局职工共生育3个孩子，其中一孩2个、二孩1个。")
    assert [(r.unit, {k: v.number for k, v in r.values.items()}) for r in extract(text, "t").records] == [
        ("荻洲街道", {"births": 352}), ("荻浦县水利局", {"births": 3, "births_first": 2, "births_second": 1})]


def test_sexes_sex_ratio_and_operations_worded_after_their_kind() -> None:
    """男孩出生 / 女孩出生 (the sex before the verb), 性别比例 for 性别比, 放环手术 / 上环手术 for the insertions."""
    assert one("男孩出生164人，女孩出生148人。") == {"births_male": 164, "births_female": 148}
    assert one("全年出生312人。出生人口性别比例为108.6。") == {"births": 312, "sex_ratio_at_birth": 108.6}
    assert one("全年出生312人，性别比例为108.6。") == {"births": 312, "sex_ratio_at_birth": 108.6}
    assert one("新生儿男女比例为108.2比100。") == {"sex_ratio_at_birth": 108.2}
    assert one("全年完成结扎手术63例，放环手术210例，人工流产138例，中期引产15例。") == {
        "sterilizations": 63, "iud_insertions": 210, "abortions": 138, "induced_labors": 15}


def test_round_1409_to_1418_phrasings() -> None:
    """Ten hands wording one genre (1409–1418): their wordings, each worked by hand."""
    # a statistician's formulas: the figure after the last = of the clause is the cue's
    assert one("出生率 = 出生人数 ÷ 年平均人口 × 1000‰ = 178 ÷ 18342.5 × 1000‰ = 9.70‰。") == {"birth_rate": 9.7}
    assert one("本年度出生178人。按性别：男95人，女83人。性别比 = 男 ÷ 女 × 100 = 95 ÷ 83 × 100 = 114.46。") == {
        "births": 178, "births_male": 95, "births_female": 83, "sex_ratio_at_birth": 114.46}
    assert one("区下达本街道年度人口计划205人。人口计划使用率 = 出生 ÷ 人口计划 × 100% = 178 ÷ 205 × 100% = 86.83%。") == {
        "birth_quota": 205, "birth_quota_used_pct": 86.83}
    # a multiplication sign before a figure is no mask (实查 ÷ 应查 × 100%: no damaged figure, nothing read)
    assert one("检查率 = 实查 ÷ 应查 × 100% = 3712 ÷ 3780 × 100%。") == {}
    # colon heads: 年初户籍：…；年末户籍：…; 在用各种措施的：… the women using them; 按子女数：无子女…，一个子女…
    assert one("人口——年初户籍：14106；年末户籍：14298。") == {"population_start": 14106, "population_end": 14298}
    assert one("已婚育龄妇女——总数：3104；按子女数：无子女210，一个子女1398，2个子女1410，三个及以上子女86。"
               "节育——在用各种措施的：2716。") == {
        "married_women": 3104, "married_women_childless": 210, "married_women_one_child": 1398,
        "married_women_two_children": 1410, "married_women_three_plus": 86, "contraception_users": 2716}
    # spoken: …口人, 小子 / 丫头, 一年走了, 结了婚的育龄妇女, 该来查的 / 真来查了的
    assert one("年头上全乡在册的是9826口人，到年底是9871口人。这一年乡里一共添了132个娃娃，小子70个，丫头62个。") == {
        "population_start": 9826, "population_end": 9871, "births": 132, "births_male": 70, "births_female": 62}
    assert one("老了的、病了的，一年走了67个人。全乡结了婚的育龄妇女2063个。查环查孕一年三回，该来查的2040人次，真来查了的1997人次。") == {
        "deaths": 67, "married_women": 2063, "checkup_expected": 2040, "checkup_done": 1997}
    # the planned births of each parity listed after the parities (其中符合政策的依次为…); 符合生育政策的
    assert one("一孩、二孩、三孩及以上依次为196人、115人、7人，其中符合政策的依次为196人、110人、1人。") == {
        "births_first": 196, "births_second": 115, "births_third_plus": 7, "births_first_planned": 196,
        "births_second_planned": 110, "births_third_plus_planned": 1}
    assert one("全年出生318人。符合生育政策的312人，政策符合率98.11%。") == {
        "births": 318, "births_planned": 312, "planned_birth_rate": 98.11}
    # the share of the quota or the task said another way; 县定 names the issuer, no place the clause is about
    assert one("县里下达我镇的全年人口计划是380名，全年实际出生只用去了这个计划的92.63%。") == {
        "birth_quota": 380, "birth_quota_used_pct": 92.63}
    assert one("四术合计完成586例，是县定四术任务600例的97.67%。") == {
        "surgeries": 586, "surgeries_target": 600, "surgeries_pct": 97.67}
    assert one("四术任务是620例，全年共做了648例，相当于任务的104.52%。") == {
        "surgeries_target": 620, "surgeries": 648, "surgeries_pct": 104.52}
    # the check-ups: 纳入监测 / 接受监测 / 监测到站率; 检测率
    assert one("全年开展孕环情监测四次，累计纳入监测162840人次，到站接受监测159312人次，监测到站率97.83%。") == {
        "checkup_expected": 162840, "checkup_done": 159312, "checkup_rate": 97.83}
    assert one("孕环情检测全年应检3420人次、实检3371人次，检测率98.57%。") == {
        "checkup_expected": 3420, "checkup_done": 3371, "checkup_rate": 98.57}
    # the planned births' and the third-born's shares said with the unit and the year before them
    assert one("全镇全年出生人口中，政策内出生人口为255人，全镇全年政策内出生人口占全镇全年出生人口的96.59%。") == {
        "births_planned": 255, "planned_birth_rate": 96.59}
    assert one("三孩及以上出生人口为6人，三孩及以上出生人口占全镇全年出生人口的2.27%。") == {
        "births_third_plus": 6, "third_plus_birth_share": 2.27}
    assert one("三孩及以上117人，在出生总数中占2.43%。") == {"births_third_plus": 117, "third_plus_birth_share": 2.43}
    # a stock after 在 (户籍人口在年初…人的基础上): 在 may stand before a short cue
    assert one("全镇户籍人口在年初31486人的基础上只增加了98人，年末为31584人。") == {
        "population_start": 31486, "population_end": 31584}


def test_round_1419_to_1428_phrasings() -> None:
    """Ten more hands wording one genre (1419–1428): their wordings, each worked by hand."""
    # each figure's change before the figure, with no 比 (男孩减少4人，为176人)
    assert one("出生：比上年减少9人，全年出生331人；男孩减少4人，为176人；女孩减少5人，为155人。") == {
        "births": 331, "births_male": 176, "births_female": 155}
    assert one("节育：已婚育龄妇女增加63人，为5512人；落实节育措施的增加71人，为4805人；综合节育率上升0.29个百分点，为87.17%。") == {
        "married_women": 5512, "contraception_users": 4805, "contraceptive_rate": 87.17}
    # 属头胎的 / 属男孩的 (属 before a short cue), 只生一个的 / 已生2个的, 实到 / 到查率, 暂住的外地人员
    assert one("出生婴儿中，属头胎的102人，属二胎的79人，属三胎以上的6人。") == {
        "births_first": 102, "births_second": 79, "births_third_plus": 6}
    assert one("全乡已婚育龄妇女2612人。其中：未生育的204人，只生一个的1187人，已生2个的1093人，生3个以上的128人。") == {
        "married_women": 2612, "married_women_childless": 204, "married_women_one_child": 1187,
        "married_women_two_children": 1093, "married_women_three_plus": 128}
    assert one("全年组织查环查孕2次，应查对象累计2560人次，实到2497人次，到查率97.54%。在本乡暂住的外地人员340人。") == {
        "checkup_expected": 2560, "checkup_done": 2497, "checkup_rate": 97.54, "floating_population": 340}
    # a 项目—数值 run: the stock's time in brackets after its name
    assert one("户籍人口（年初）—19237人，户籍人口（年末）—19418人。") == {"population_start": 19237, "population_end": 19418}
    # the births outside the plan: their breakdown in brackets is none of the unit's parities
    assert one("全年出生263人，属计划内的236人，计划外的27人（二胎6人、多胎21人），计划生育率89.73%。") == {
        "births": 263, "births_planned": 236, "planned_birth_rate": 89.73}
    # 男婴…与女婴… (与 before a short cue); 县里 / 镇里 the county or town itself, no place opening a clause
    assert one("全年出生4551人。男婴2413人与女婴2138人，合起来就是全年出生总数。") == {
        "births": 4551, "births_male": 2413, "births_female": 2138}
    assert [r.unit for r in extract("蔺湾镇2005年述职\n全镇出生268人。面对县里下达的全年410例四项手术任务，全年完成431例。",
                                     "t").records] == ["蔺湾镇"]


def test_round_1429_to_1438_phrasings() -> None:
    """Yet ten more hands (1429–1438): what was fixed from their wordings, each worked by hand."""
    # a task before the kinds is the whole's: the completion rate after the 其中 list of kinds is the 四术's
    assert one("四术：县下达任务280例，全年做了297例，其中结扎38例、放环176例、人流72例、引产11例，完成率106.07%。") == {
        "surgeries_target": 280, "surgeries": 297, "sterilizations": 38, "iud_insertions": 176, "abortions": 72,
        "induced_labors": 11, "surgeries_pct": 106.07}
    # a task and its kinds after a colon: the kinds' tasks
    assert one("领回全年四术任务510例：结扎60例、放环290例、人流140例、引产20例。") == {
        "surgeries_target": 510, "sterilizations_target": 60, "iud_insertions_target": 290,
        "abortions_target": 140, "induced_labors_target": 20}
    # 新登记 (the year's new registrations) is no stock of the migrants
    assert one("流动人口清理核查，新登记外来人员132人。") == {}
    # a 考核组's sample (抽查对象…落实率): no rate of the unit's
    assert one("考核组抽查了我镇4个村，抽查对象节育措施落实率91.02%。全镇已婚育龄妇女4486人，落实节育措施3915人，综合节育率87.27%。") == {
        "married_women": 4486, "contraception_users": 3915, "contraceptive_rate": 87.27}
    # a work log run into one line: its title (…2009年工作日志(年终摘录)) names the year it sums up, so a clause on 2008 is
    # last year's, though no statement names 2009 again
    text = ("芸口镇计生专干2009年工作日志(年终摘录) 1月6日 到县开会。会上县局通报，2008年我镇出生297人，计划生育率96.30%。"
            "12月31日 年底合账：全年出生301个，计生率96.68%。")
    assert [(r.unit, r.period, {k: v.number for k, v in r.values.items()}) for r in extract(text, "t").records] == [
        ("芸口镇", "full-year", {"births": 301, "planned_birth_rate": 96.68})]
