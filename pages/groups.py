"""Groups: two sets of articles (outlet vs outlet, period vs period, an actor's articles vs the rest)
and the words, actors and cues that tell them apart, by "Fightin' Words" keyness."""

import streamlit as st

from analysis.arabic.dates import DateError
from analysis.explore import charts
from analysis.explore.filters import QUERY_KEYS, SINGLE_VALUED, Filters
from analysis.explore.keyness import ALPHA_0, GroupError, strongest, term_evidence
from analysis.explore.markup import escape_markdown
from dashboard import downloads, labels, loading, render, sidebar, url

corpus = loading.load()
active = sidebar.filters()

st.title("Groups")
st.caption(
    "Pick two sets of articles; the chart shows the words, actors and cue phrases more typical of one set than the "
    "other (log-odds ratio with an informative Dirichlet prior, Monroe et al. 2008). Up: more in A; down: more in B. "
    "Click a point or a table row to read its sentences in both sets."
)
sidebar.filters_note(active, corpus)

# -- the two sets, kept in the URL as ga.outlet=…&gb.from=… ---------------------------------------------
SETTINGS = ("outlets", "date_from", "date_to", "actor_ids", "doc_ids")
# The sidebar's own lists, worked out once per corpus (not on every rerun: 10,000 articles).
OPTIONS = {name: sidebar.options(corpus)[name] for name in ("outlets", "actor_ids", "doc_ids")}
state = st.session_state


def first_view() -> dict[str, list[str]]:
    """Set A of a first visit without settings, among the articles the sidebar filters keep (the
    keyness reads only those): their most common outlet against the rest, or their first article
    when they all have that outlet (the rest would be empty)."""
    kept = loading.kept_documents(corpus, active)
    outlets = kept["outlet"].fillna("")
    common = outlets[outlets.str.strip() != ""].value_counts()
    if not common.empty and common.iloc[0] < len(kept):
        top = sorted(common.index[common == common.iloc[0]])[0]
        return {QUERY_KEYS["outlets"]: [top]}
    first = set(kept["doc_id"])
    return {QUERY_KEYS["doc_ids"]: [d for d in corpus.doc_ids if d in first][:1]}


def restore(side: str) -> list[str]:
    """Each widget's value: the session's (a page switch forgets widgets), else the URL's.

    Returns:
        What the URL named that the corpus lacks (``outlet “nowhere”``): left out of the set, and said.
    """
    prefix = f"g{side}."
    lacking = []
    from_url = {key[len(prefix):]: st.query_params.get_all(key) for key in st.query_params if key.startswith(prefix)}
    if side == "a" and not from_url and not any(key.startswith("keep_group_") for key in state):
        from_url = first_view()
    for name in SETTINGS:
        widget = f"w_group_{side}_{name}"
        if widget in state:
            continue
        kept = state.get(f"keep_group_{side}_{name}")
        values = kept if kept is not None else from_url.get(QUERY_KEYS[name], [])
        if name in SINGLE_VALUED:
            state[widget] = values[-1] if isinstance(values, list) and values else (values if isinstance(values, str) else "")
        else:
            allowed = set(OPTIONS[name])
            state[widget] = [v for v in values if v in allowed]
            if kept is None:
                lacking += [f"{QUERY_KEYS[name]} “{v}”" for v in values if v not in allowed]
    return lacking


def settings_of(side: str) -> Filters:
    """The set's settings from its widgets (a bad date raises DateError)."""
    return Filters(**{name: state[f"w_group_{side}_{name}"].strip() if name in SINGLE_VALUED
                      else tuple(state[f"w_group_{side}_{name}"]) for name in SETTINGS})


def draw(side: str) -> None:
    shown = {"outlets": str, "actor_ids": corpus.actor_label}
    st.multiselect("Outlets", OPTIONS["outlets"], key=f"w_group_{side}_outlets", placeholder="Any")
    # Short examples, the forms in the help: in an 800 px window a date field holds 15 characters,
    # and "e.g. 2024 or 2024-05" showed as "e.g. 2024 or 20".
    dates = st.columns(2)
    dates[0].text_input("From", key=f"w_group_{side}_date_from", placeholder="e.g. 2024-05", help=DATE_HELP)
    dates[1].text_input("To", key=f"w_group_{side}_date_to", placeholder="e.g. 2024-06", help=DATE_HELP)
    st.multiselect("Articles naming", OPTIONS["actor_ids"], key=f"w_group_{side}_actor_ids", format_func=shown["actor_ids"],
                   placeholder="Any actor", help="Articles with at least one mention of one of these actors.")
    st.multiselect("Articles", OPTIONS["doc_ids"], key=f"w_group_{side}_doc_ids", format_func=loading.article_choice_of(corpus), placeholder="Any")


DATE_HELP = "A year (2024), a month (2024-05) or a day (2024-05-14); From takes its first day, To its last."
B_MODES = {"rest": "The rest of the articles", "chosen": "Articles chosen here"}
# A stale or hand-edited link: what the corpus lacks is left out of the set, and said once, as the
# sidebar does for its filters (the set compared was silently another than the link's).
for side in ("a", "b"):
    if lacking := restore(side):
        st.warning(escape_markdown(f"Set {side.upper()}: the link names what this corpus does not have, so it was left out: "
                                   + ", ".join(lacking) + "."))
mode_key = url.choice("group_b_mode", list(B_MODES), "chosen" if any(k.startswith("gb.") for k in st.query_params) else "rest", param="gb")
sides = st.columns(2)
with sides[0]:
    st.markdown("**Set A**")
    draw("a")
with sides[1]:
    st.markdown("**Set B**")
    b_mode = st.radio("Set B is", list(B_MODES), key=mode_key, format_func=B_MODES.get, horizontal=True, label_visibility="collapsed")
    if b_mode == "chosen":
        draw("b")
url.keep("group_b_mode", b_mode if b_mode != "rest" else None, param="gb")

problems = []
chosen: dict[str, Filters] = {}
for side in ("a", "b"):
    for name in SETTINGS:
        state[f"keep_group_{side}_{name}"] = state.get(f"w_group_{side}_{name}")
    try:
        chosen[side] = settings_of(side)
    except DateError as error:
        problems.append(f"Set {side.upper()}: {error}.")
        chosen[side] = Filters()
for side in ("a", "b"):
    query = chosen[side].to_query() if side == "a" or b_mode == "chosen" else {}
    keys = [f"g{side}.{key}" for key in QUERY_KEYS.values()]
    url.write_query({f"g{side}.{key}": value for key, value in query.items()}, keys=keys)
for problem in problems:
    render.say("error", problem)
if problems:
    st.stop()

group_a, group_b = chosen["a"], (chosen["b"] if b_mode == "chosen" else None)
try:
    result = loading.keyness_under(corpus, group_a, group_b, active)
except GroupError as error:
    render.say("info", f"Nothing to compare: {error}. Widen the set's settings or the sidebar filters.")
    st.stop()


def words_of(settings: Filters | None) -> str:
    """The set in words, as markdown."""
    return "the rest" if settings is None else ("all articles" if not settings.active else sidebar.describe_markdown(settings, corpus))


# One caption a set, the count first: an Arabic outlet name before it would pull the number into its line.
for side, settings, articles in (("A", group_a, result.articles_a), ("B", group_b, result.articles_b)):
    st.caption(f"{side} · {labels.counted(len(articles), 'article')}: {words_of(settings)}")
if result.overlap:
    st.warning(f"{labels.counted(result.overlap, 'article')} in both sets: the score assumes "
               "two separate sets, so narrow one of them.")

# -- the chart ----------------------------------------------------------------------------------------------
KINDS = {"word": "Words", "actor": "Actors", "cue": "Cue phrases"}
KIND = {"word": "Word", "actor": "Actor", "cue": "Cue phrase"}
COLOURS = {"word": "#1c7ed6", "actor": "#f76707", "cue": "#2f9e44"}
from_url = [kind for kind in st.query_params.get_all("gkind") if kind in KINDS]
if "w_group_kinds" not in state:
    state["w_group_kinds"] = state.get("keep_group_kinds") or from_url or list(KINDS)
kinds = st.pills("Show", list(KINDS), selection_mode="multi", key="w_group_kinds", format_func=KINDS.get)
state["keep_group_kinds"] = kinds
url.write_query({"gkind": list(kinds) if set(kinds) != set(KINDS) else []}, keys=["gkind"])
# Every kind shown is the table as it is: a mask keeping every row copied 100,000 terms at each rerun.
table = result.table if set(kinds) >= set(KINDS) else result.table[result.table["kind"].isin(kinds)]
if table.empty:
    st.info("No term of the kinds picked in these articles.")
    st.stop()

CHART_LIMIT = 600  # the points furthest from zero; a corpus's whole vocabulary would be unreadable and slow
LABELLED = 8  # per direction
charted = strongest(table, CHART_LIMIT)
labelled = set(charted.nlargest(LABELLED, "z").index) | set(charted.nsmallest(LABELLED, "z").index)


def shown_label(kind: str, term: str, label: str) -> str:
    # Actors by English and Arabic name; words and cues as written (the browser lays Arabic out right to left).
    return corpus.actor_label(term) if kind == "actor" else label


charted = charted.assign(name=[shown_label(k, t, lab) for k, t, lab in zip(charted["kind"], charted["term"], charted["label"])])
# Counts are whole numbers, so terms often share a point: one label there (a "+2" beside Arabic
# would be laid out inside the Arabic run as "2+"); the table lists them all.
texts: dict = {}
at_point: dict[tuple, list] = {}
for index, total, z in zip(charted.index, charted["count_a"] + charted["count_b"], charted["z"].round(6)):
    if index in labelled:
        at_point.setdefault((int(total), float(z)), []).append(index)
for indexes in at_point.values():
    texts[indexes[0]] = render.short(charted.at[indexes[0], "name"], 24)
# Each label where it overlaps no other (at 800 px, so anywhere wider too), the strongest placed
# first; one that finds no room is left to the hover text and the table. The axes draw the ranges
# the labels were placed in.
places, x_range, y_range = charts.keyness_labels(charted, texts)
texts = {index: text for index, text in texts.items() if index in places}

figure = charts.keyness_figure(charted, kinds, names=KINDS, colours=COLOURS, texts=texts, places=places,
                                x_range=x_range, y_range=y_range)
if len(table) > len(charted):
    st.caption(f"The chart shows the {len(charted):,} of {len(table):,} terms furthest from zero; the table below has them all.")
st.caption("Terms used as often in each set sit on the same point, which is labelled with one of them; the table lists every term.")
event = st.plotly_chart(figure, on_select="rerun", selection_mode=("points", "box"), config=render.PLOTLY_CONFIG,
                        key=render.chart_key("groups-keyness", group_a.to_query(), group_b and group_b.to_query(),
                                             active.to_query(), list(kinds)))
picked = [(kind, term) for kind, term, *_ in render.selected(event)]

# -- the table --------------------------------------------------------------------------------------------
st.subheader("Terms by z")
TABLE_LIMIT = 2000
listed = table  # highest z first already (analysis.explore.keyness.Keyness)
if len(listed) > TABLE_LIMIT:
    # Both ends: the terms of A at the top, those of B at the bottom.
    listed = listed.loc[list(listed.index[: TABLE_LIMIT // 2]) + list(listed.index[-TABLE_LIMIT // 2:])]
    st.caption(f"The {TABLE_LIMIT:,} terms at either end of {len(table):,}; the download has them all.")
listed = listed.reset_index(drop=True)
# An actor's two names only when both fit the column's 248 px (about 38 characters: Abdelmadjid
# Tebboune · عبد المجيد تبون shows whole); a longer pair, right-aligned, lost the start of its
# English name ("adimir Zhirinovsky · فلاديمير جيرينوفسكي"): its English name alone then.
TERM_LETTERS = 38
shown = listed.assign(
    label=[render.short(corpus.actor_label(t), TERM_LETTERS) if k == "actor" else lab
           for k, t, lab in zip(listed["kind"], listed["term"], listed["label"])],
    kind=listed["kind"].map(KIND),
)
# The score the table is sorted by beside the term, then the counts: beside the open sidebar in an
# 800 px window the table is about 468 px wide, and a term 360 px wide left room for z alone.
# A longer term is cut at the table's edge; its sentences (select the row) name it in full.
selection = st.dataframe(
    shown, hide_index=True, on_select="rerun", selection_mode="multi-row", key="groups-table",
    column_order=["label", "z", "count_a", "count_b", "log_odds", "kind"],
    column_config=render.arabic_columns(shown, {
        "label": "Term", "kind": "Kind", "count_a": st.column_config.NumberColumn("In A", width=60),
        "count_b": st.column_config.NumberColumn("In B", width=60),
        "log_odds": st.column_config.NumberColumn("Log-odds", format="%.3f", width=90),
        "z": st.column_config.NumberColumn("z", format="%.2f", width=56)}, widest=248,
        order=["label", "z", "count_a", "count_b", "log_odds", "kind"]),
)
rows = render.picked_rows(selection)
picked += [(listed.at[i, "kind"], listed.at[i, "term"]) for i in rows]
with st.expander("Download the scores"):
    # Which sets were compared, as `analyze compare-groups` records them: the scores mean nothing without.
    downloads.downloads(table.reset_index(drop=True), name="keyness", corpus=corpus, filters=active,
                        about={"a": group_a.to_query(), "b": group_b.to_query() if group_b else "rest"})
st.caption(f"Prior weight α₀ = {ALPHA_0:g}; z beyond ±1.96 is the usual threshold for a term that tells the sets apart.")

# -- the sentences, side by side ----------------------------------------------------------------------------
if not picked:
    st.caption("Select a point or a row to read its sentences in A and in B.")
    st.stop()
words = loading.word_counts_of(corpus)
marks = {"word": [("search", "the word")], "actor": [], "cue": [("cue-positive", "positive cue"), ("cue-negative", "negative cue"),
                                                              ("cue-neutral", "neutral cue")]}
for kind, term in list(dict.fromkeys(picked))[:3]:
    name = corpus.actor_label(term) if kind == "actor" else result.table.loc[
        (result.table["kind"] == kind) & (result.table["term"] == term), "label"].iloc[0]
    st.markdown(f"**{KIND[kind]}: {escape_markdown(name)}**")
    if kind == "actor":
        actor = corpus.lexicon.actors.get(term)
        render.legend(render.actor_legend([actor.type] if actor else []))
    else:
        render.legend(marks[kind])
    for column, side, articles in zip(st.columns(2), ("A", "B"), (result.articles_a, result.articles_b)):
        with column:
            items = term_evidence(corpus.frames, kind, term, articles, words=words, limit=render.EVIDENCE_LIMIT)
            render.show_evidence(items, corpus, what=f"{name} in set {side}")
