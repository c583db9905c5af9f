"""The extractor's output: plain dataclasses, no RDF.

`ArticleRecord.to_json()` is the contract read by `../shared/tools/score.py` and by graph/:
the gold format of `../shared/corpus/README.md` plus extra fields (offsets, codes, system).
Offsets are character offsets into `ArticleRecord.text`, the normalised article text.
"""
from __future__ import annotations

from dataclasses import dataclass, field, is_dataclass
from typing import Any

LEVELS = ("central", "province", "district", "commune", "unknown")
RELATION_TYPES = ("implements", "continues", "reviews", "based_on", "amends", "replaces")


@dataclass
class Mention:
    text: str
    start: int
    end: int


@dataclass
class Place:
    """Where an article or an issuer is: pre-2025 names, without "tỉnh"/"huyện" prefixes
    ("Hồ Chí Minh", "Quận 11", "Can Lộc"); codes are the official GSO codes as strings."""

    province: str | None = None
    district: str | None = None
    commune: str | None = None
    province_code: str | None = None
    district_code: str | None = None
    commune_code: str | None = None


@dataclass
class Document:
    key: str  # "d1", "d2" … unique within the article
    type: str | None  # full Vietnamese type name, e.g. "Chương trình hành động"
    type_code: str | None  # as in the symbol: CT, NQ, KL, CTr, KH, QĐ …
    number: str | None  # as written, leading zeros kept
    symbol: str | None  # canonical: 09-CT/TW, 09/CT-BCA, 100/2019/NĐ-CP
    issuer: str | None  # proper name incl. place for local bodies
    issuer_level: str = "unknown"  # one of LEVELS
    province: str | None = None  # of the issuer
    district: str | None = None
    commune: str | None = None
    date: str | None = None  # ISO yyyy-mm-dd
    title: str | None = None  # subject after "về", as written
    mentions: list[Mention] = field(default_factory=list)
    # extras beyond the gold format
    system: str | None = None  # "party" | "state" | "legal" (VBQPPL) | None
    issuer_code: str | None = None  # TW, TU, HU, QU, ĐU, UBND, BCA …
    issuer_parent: str | None = None  # "Tỉnh ủy Hà Tĩnh" for "Ban Thường vụ Tỉnh ủy Hà Tĩnh"
    year: int | None = None  # from the date or the symbol
    term: str | None = None  # "XI" from "(khóa XI)"
    province_code: str | None = None
    district_code: str | None = None
    commune_code: str | None = None


@dataclass
class Relation:
    source: str  # key of the citing document (A in "A thực hiện B")
    target: str  # key of the cited document
    type: str  # one of RELATION_TYPES
    evidence: Mention | None = None  # the phrase that states it


@dataclass
class ArticleRecord:
    id: str
    text: str  # normalised text; every offset points into it
    source_url: str | None = None
    published: str | None = None  # ISO date
    title: str | None = None
    place: Place = field(default_factory=Place)
    documents: list[Document] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)

    def to_json(self, with_text: bool = False) -> dict:
        """The scorer's format; relations use "from"/"to"; mentions are objects with offsets."""
        out = {
            "id": self.id,
            "source_url": self.source_url,
            "published": self.published,
            "title": self.title,
            "place": plain(self.place),
            "documents": [plain(d) for d in self.documents],
            "relations": [
                {"from": r.source, "to": r.target, "type": r.type, "evidence": plain(r.evidence)}
                for r in self.relations
            ],
        }
        if with_text:
            out["text"] = self.text
        return out

    @classmethod
    def from_json(cls, obj: dict) -> "ArticleRecord":
        docs = []
        for d in obj.get("documents", []):
            d = dict(d)
            d["mentions"] = [
                Mention(**m) if isinstance(m, dict) else Mention(m, -1, -1)
                for m in d.get("mentions", [])
            ]
            docs.append(Document(**{k: v for k, v in d.items() if k in Document.__dataclass_fields__}))
        rels = [
            Relation(r["from"], r["to"], r["type"],
                     Mention(**r["evidence"]) if r.get("evidence") else None)
            for r in obj.get("relations", [])
        ]
        return cls(
            id=obj["id"], text=obj.get("text", ""), source_url=obj.get("source_url"),
            published=obj.get("published"), title=obj.get("title"),
            place=Place(**(obj.get("place") or {})), documents=docs, relations=rels,
        )


_SCALARS = (str, int, type(None))


def plain(value: Any) -> Any:
    """A record as dicts and lists, as `dataclasses.asdict` gives it, without its deep copy of
    every value (which cost a tenth of `chithi extract`'s time): the values here are str, int and
    None, tested first as nearly every field is one (an `is_dataclass` call on each cost 1 % of `extract`)."""
    if isinstance(value, _SCALARS):
        return value
    if isinstance(value, list):
        return [plain(v) for v in value]
    if is_dataclass(value):  # its scalar fields taken as they are, without a call each
        return {name: v if isinstance(v, _SCALARS) else plain(v) for name, v in vars(value).items()}
    return value
