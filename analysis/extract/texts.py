"""The articles' texts that every offset of the frames refers to, held apart from the frames.

A frame row names its article by ``doc_id`` and the words by ``start``/``end``; the text itself
is asked for by id, for the few articles a page shows (a sentence, a concordance line, an
article side by side), never held per row. Analysed in memory, the texts are the documents'
own (:class:`Texts`); read back from a corpus store's kept results, they stay in the store and
are read when asked (:class:`StoreTexts`): at 100,000 articles the texts held beside the frames
took 282 MB of the dashboard's memory, and every filtered copy of the documents frame another
share of it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from analysis.corpus.store import CorpusStore


class Texts:
    """Texts by ``doc_id``, held in memory."""

    def __init__(self, texts: Mapping[str, str] | None = None) -> None:
        self._texts = dict(texts or {})

    def of(self, doc_ids: Iterable[str]) -> dict[str, str]:
        """The texts of ``doc_ids`` that exist, by id."""
        held = self._texts
        return {doc_id: held[doc_id] for doc_id in dict.fromkeys(doc_ids) if doc_id in held}

    def joined(self, *others: Texts) -> Texts:
        """These texts and the ``others``' (later batches of articles), as one."""
        texts = dict(self._texts)
        for other in others:
            texts.update(other.of(other.ids()))
        return Texts(texts)

    def ids(self) -> list[str]:
        return list(self._texts)


class StoreTexts(Texts):
    """Texts read from a corpus store when asked: the frames were analysed from the same store
    (their key holds its fingerprint), so an article's text is the one its offsets refer to."""

    def __init__(self, store: CorpusStore) -> None:
        super().__init__()
        self.store = store

    def of(self, doc_ids: Iterable[str]) -> dict[str, str]:
        return self.store.texts(doc_ids)

    def joined(self, *others: Texts) -> Texts:
        raise TypeError("texts kept in a store are not joined; analyse the store again")

    def ids(self) -> list[str]:
        return [row[0] for row in self.store.index()]


__all__ = ["StoreTexts", "Texts"]
