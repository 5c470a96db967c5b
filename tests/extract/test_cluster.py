"""The Dask engine: a LocalCluster of two worker processes gives the frames of one process."""

import shutil
import sys
import types

import pandas.testing as pdt
import pytest

pytest.importorskip("distributed", reason="the Dask engine's tests need requirements-dask.txt (scripts/test.sh installs it)")

from distributed import Client, LocalCluster  # noqa: E402

from analysis.extract.cluster import analyze_on_cluster  # noqa: E402
from analysis.extract.pipeline import analyze  # noqa: E402
from analysis.lexicon.read import DATA_DIR, load_lexicon  # noqa: E402
from bench.corpus import generate  # noqa: E402

# The two seeds and 298 articles made of their sentences (bench/corpus.py).
N_DOCUMENTS = 300


@pytest.fixture(scope="module")
def client():
    # Real processes, as a cluster runs them: the lexicon and the batches cross a process boundary.
    # A worker process is spawned by running __main__ again, and an AppTest earlier in the session
    # leaves app.py there (the workers then failed to start): a bare module stands in meanwhile.
    main = sys.modules["__main__"]
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
                Client(cluster) as connected:
            yield connected
    finally:
        sys.modules["__main__"] = main


@pytest.fixture(scope="module")
def documents():
    return generate(N_DOCUMENTS)


def test_two_workers_give_the_frames_of_one_process(client, documents, lexicon):
    expected = analyze(documents, lexicon)
    frames = analyze_on_cluster(documents, lexicon, client=client)
    assert frames.documents["doc_id"].tolist() == [doc.doc_id for doc in documents]
    assert len(frames.stances) > N_DOCUMENTS  # the comparison below is not between empty frames
    for (name, got), (_, want) in zip(frames.items(), expected.items()):
        pdt.assert_frame_equal(got, want, check_exact=True, obj=name)


def test_another_lexicon_on_the_same_cluster_is_used_as_given(client, seeds, tmp_path):
    # The lexicon travels in a plugin named by its version: a second lexicon must not find the
    # first one's analyser on the workers. Without Lavrov's aliases, only his canonical name
    # (actors.csv) still finds him: once, where the 2017 seed writes it in full.
    edited = tmp_path / "lexicon"
    shutil.copytree(DATA_DIR, edited)
    aliases = edited / "aliases.csv"
    lines = aliases.read_text(encoding="utf-8").splitlines(keepends=True)
    aliases.write_text("".join(line for line in lines if not line.startswith("lavrov,")), encoding="utf-8")
    shipped = analyze_on_cluster(seeds.values(), load_lexicon(DATA_DIR), client=client)
    without = analyze_on_cluster(seeds.values(), load_lexicon(edited), client=client)
    assert (shipped.mentions["actor_id"] == "lavrov").sum() == 13
    assert without.mentions.query("actor_id == 'lavrov'")["surface"].tolist() == ["سيرغي لافروف"]


def test_duplicate_ids_are_refused_before_anything_is_sent(client, seeds, lexicon):
    doc = seeds["000_6e8e4df2958d8f13"]
    with pytest.raises(ValueError, match="two documents share the id '000_6e8e4df2958d8f13'"):
        analyze_on_cluster([doc, doc], lexicon, client=client)
    # Nor is anything of the earlier runs left on the workers: every batch's rows were released.
    assert client.has_what() and not any(client.has_what().values())
