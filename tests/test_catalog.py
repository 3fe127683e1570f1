"""The indicator catalog: required ids, measures, ranges and header resolution."""

from pathlib import Path

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from fpcheck.catalog import default_catalog, header_key

REQUIRED = """population_start population_end population births births_male births_female births_first births_second
births_third_plus births_planned births_first_planned births_second_planned births_third_plus_planned deaths birth_rate
death_rate natural_growth_rate planned_birth_rate second_birth_planned_rate sex_ratio_at_birth birth_quota
birth_quota_used_pct married_women married_women_childless married_women_one_child married_women_two_children
married_women_three_plus contraception_cases contraceptive_rate floating_population surgeries surgeries_target
surgeries_pct sterilizations sterilizations_target sterilizations_pct induced_labors induced_labors_target
induced_labors_pct abortions abortions_target abortions_pct iud_insertions iud_insertions_target iud_insertions_pct
checkup_expected checkup_done checkup_rate""".split()


def test_every_required_indicator_is_in_the_catalog() -> None:
    cat = default_catalog()
    assert [i for i in REQUIRED if i not in cat] == []


def test_every_indicator_has_its_own_english_name() -> None:
    # English messages name figures in words (female population), never by their JSON key
    names = [ind.label("en") for ind in default_catalog()]
    assert len(set(names)) == len(names)
    assert all("_" not in n for n in names)
    assert default_catalog()["population_female"].label("en") == "female population"
    assert default_catalog()["population_female"].label("zh") == "女性人口"


def test_measures_follow_the_issue() -> None:
    cat = default_catalog()
    for i in ("birth_rate", "death_rate", "natural_growth_rate"):
        assert cat[i].measure == "permille"
    assert cat["sex_ratio_at_birth"].measure == "per100"
    for i in REQUIRED:
        if i.endswith("_pct") or i.endswith("_rate") and cat[i].measure != "permille":
            assert cat[i].measure == "percent", i
    assert cat["births"].integer and cat["births"].hard == (0.0, None)


def test_ranges_from_the_issue_examples() -> None:
    cat = default_catalog()
    assert cat["sex_ratio_at_birth"].hard == (80.0, 150.0)
    assert cat["sex_ratio_at_birth"].plausible == (100.0, 130.0)
    assert cat["birth_rate"].hard[1] == 60.0
    assert cat["planned_birth_rate"].hard == (0.0, 100.0)
    assert cat["surgeries_pct"].hard[1] is None  # a task-completion percentage may exceed 100


def test_headers_resolve_ignoring_spaces_breaks_and_units() -> None:
    cat = default_catalog()
    assert cat.resolve("出生率\n(‰)") == "birth_rate"
    assert cat.resolve("出生率(‰)") == "birth_rate"
    assert cat.resolve("出生率‰") == "birth_rate"
    assert cat.resolve("人口 出生率") == "birth_rate"
    assert cat.resolve("自然增长率 (%)") == "natural_growth_rate"
    assert cat.resolve("birth_rate") == "birth_rate"
    assert cat.resolve("计生率") == "planned_birth_rate"
    assert cat.resolve("地  区") is None


def test_header_decorations_resolve_to_the_plain_name():
    cat = default_catalog()
    assert cat.resolve("其中：一孩") == "births_first"
    assert cat.resolve("△ 二孩") == "births_second"
    assert cat.resolve("已婚育龄妇女人数") == "married_women"
    assert cat.resolve("出生人口合计") == "births"
    assert cat.resolve("年末总人口数(人)") == "population_end"
    # a decoration alone, or a word that only looks decorated, is no indicator
    assert cat.resolve("合计") is None and cat.resolve("其中") is None and cat.resolve("内容") is None
    # the period or the people named before the count (本期出生, 新生男婴, 生育一孩, 现居住流动人口), and a form's words
    # for the stocks and the women by children (期初人数, 上年底人口, 有两个孩子), round 605–610's headers
    assert [cat.resolve(h) for h in ("本期出生", "本期死亡率", "新生男婴", "生育一孩（人）", "生育政策符合率（%）",
                                     "现居住流动人口", "期初人数", "上年底人口", "期末在册人口", "全年平均数",
                                     "有两个孩子", "中期引产", "孕检受检率（%）")] == [
        "births", "death_rate", "births_male", "births_first", "planned_birth_rate", "floating_population",
        "population_start", "population_start", "population_end", "population", "married_women_two_children",
        "induced_labors", "checkup_rate"]


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_any_decorated_name_resolves_like_the_name(data):
    """其中：<name>, <name>数 …: one decoration never changes what a catalog name means (unless the decorated
    text is itself a name)."""
    cat = default_catalog()
    ind = data.draw(st.sampled_from(list(cat)))
    name = data.draw(st.sampled_from([ind.name, *ind.aliases, *ind.header_aliases]))
    if cat.resolve(name) != ind.id:
        return  # an alias shared with another indicator: the canonical owner wins, tested elsewhere
    affixes = cat.affixes
    prefix = data.draw(st.sampled_from([""] + [p + sep for p in affixes.prefixes for sep in ("", "：", ":")]))
    suffix = data.draw(st.sampled_from(["", *affixes.suffixes]))
    decorated = prefix + name + suffix
    if header_key(decorated) in cat._by_name:
        return
    assert cat.resolve(decorated) == ind.id



def test_a_headers_own_words_for_a_name_resolve_like_it() -> None:
    # round 611–616's headers: the register said or not, a year's last day for its end, 年底, a rate's per-mille words,
    # 孩次, a check-up's 孕检 before its count, a move's direction — each the indicator its plain name is
    cat = default_catalog()
    assert [cat.resolve(h) for h in ("上年末户籍人数", "年初户口人数", "年底在籍人口", "上年12月31日户籍人口",
                                     "本年12月31日户籍人口", "年均户籍人口数", "户口迁入（人）", "出生千分率", "每千人出生",
                                     "每千人自然增长", "综合节育比率", "第一孩次", "第三孩次及以上", "孕检实到人数",
                                     "孕环情应检人数", "由外地迁入", "迁往乡外", "已婚育龄妇女总人数")] == [
        "population_start", "population_start", "population_end", "population_start", "population_end", "population",
        "migration_in", "birth_rate", "birth_rate", "natural_growth_rate", "contraceptive_rate", "births_first",
        "births_third_plus", "checkup_done", "checkup_expected", "migration_in", "migration_out", "married_women"]
    # round 623–628's: the unit's kind inside a stock (年初林场人口), a works' births (本年职工生育)
    assert [cat.resolve(h) for h in ("年初林场人口", "年末农场人口", "本年职工生育", "职工出生人数")] == [
        "population_start", "population_end", "births", "births"]
    # round 629–634's: a period glued before the name (1—9月出生人数 on a sheet of 1—9月)
    assert [cat.resolve(h) for h in ("1—9月出生人数", "1—9月死亡人数", "上半年出生人数", "1—9月")] == [
        "births", "deaths", "births", None]
    # …but words that are no name's stay none (户籍 alone, a year's last day alone, 每千人 alone)
    assert cat.resolve("户籍") is None and cat.resolve("上年12月31日") is None and cat.resolve("每千人") is None


_REGISTER_WORDS = ("户口", "在籍", "在册")


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_any_name_with_its_register_or_year_end_said_otherwise_resolves_like_it(data):
    """年末户籍人口 / 年底户口人口 / 年末在籍人口 …: a name naming its register (户籍) or the year's end (年末) in a header's
    other words for them (户口, 在籍, 在册; 年底) is still that name's indicator (``header_affixes.rewrites``)."""
    cat = default_catalog()
    names = [(n, ind.id) for ind in cat for n in (ind.name, *ind.aliases, *ind.header_aliases)
             if ("户籍" in n or "年末" in n) and cat.resolve(n) == ind.id]
    name, ind = data.draw(st.sampled_from(names))
    said = name.replace("户籍", data.draw(st.sampled_from(_REGISTER_WORDS))).replace(
        "年末", data.draw(st.sampled_from(["年末", "年底"])))
    if header_key(said) in cat._by_name:
        return  # (itself a name, whose meaning its own entry gives)
    assert cat.resolve(said) == ind

def test_schema_files_repeat_no_key() -> None:
    """YAML keeps the last of two equal keys silently: a repeated key in a schema file would drop data."""

    class Strict(yaml.SafeLoader):
        pass

    def mapping(loader: Strict, node: yaml.MappingNode) -> dict:  # type: ignore[type-arg]
        keys = [loader.construct_object(k) for k, _ in node.value]
        repeated = {k for k in keys if keys.count(k) > 1}
        assert not repeated, f"{node.start_mark.name}:{node.start_mark.line + 1}: repeated keys {repeated}"
        return loader.construct_mapping(node)

    Strict.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    schemas = Path(__file__).resolve().parents[1] / "schemas"
    files = sorted(schemas.rglob("*.yaml"))
    assert len(files) >= 6
    for f in files:
        with open(f, encoding="utf-8") as fh:
            yaml.load(fh, Loader=Strict)  # noqa: S506 - a SafeLoader subclass
