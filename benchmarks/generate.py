"""Realistic Vietnamese news articles about directive chains, with their known truth.

A deterministic world (by seed) of documents: central directives (real ones from
data/generator.json and synthetic ones), each province's programme or plan implementing them,
district plans implementing those, commune plans implementing the district's — issued by real
provinces, districts and communes of loaders.gazetteer. Articles report one link of a chain in
the varied ways the press writes it: with or without "số", Party or state symbols with dash,
space and case variants, every date form, back-references ("Chỉ thị này", "Kế hoạch 73"),
unnumbered commune plans, noise paragraphs with look-alikes ("Ban Chỉ đạo 138/CP", "1.201/1.273",
"giai đoạn 2021-2025", "Kế hoạch 5 năm", "60 km/h").

The same document keeps its number, date and issuer in every article that cites it, so a corpus
of many articles exercises identity across articles. Article i depends only on (seed, i).

Calibrated to the annotated real articles (../shared/corpus/dev, 25 articles, measured with their
gold files): median 2,299 bytes (UTF-8) per article, 1.03 documents per kB, 7.9 paragraphs of
394 bytes on average, 59% of paragraphs holding a document noun. Report prose between the
citing paragraphs (PROSE_PARAGRAPHS, PROSE_SENTENCES) brings the generated articles to that
(seed 2024, 2,000 articles: median 2,376 bytes, 1.00 documents per kB, 6.6 paragraphs of 346
bytes, 48% with a document noun); without it they were median 1,042 bytes at 2.26 documents
per kB, twice as dense in citations as real text.

Library (other benchmarks):
    from benchmarks.generate import articles        # or `from generate import …` inside benchmarks/
    for article, truth in articles(100_000, seed=7):
        article  # {"id", "url", "published", "title", "text"}
        truth    # the gold format of ../shared/corpus/README.md, mentions with start/end,
                 # plus codes: loaders.record.ArticleRecord.from_json(truth) reads it
CLI:
    python benchmarks/generate.py --articles 1000 --seed 7 --out corpus.jsonl --truth truth.jsonl
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cache
from pathlib import Path

from loaders import gazetteer as gz

VOCABULARY = Path(__file__).parent / "data" / "generator.json"
SYNTHETIC_CENTRAL = 40
LAST_YEAR = 2025  # no review of a directive is reported before it could happen
PROSE_PARAGRAPHS = (1, 2)  # after each paragraph of look-alikes
PROSE_SENTENCES = (2, 5)  # in each prose paragraph


@dataclass(frozen=True)
class Doc:
    """A document of the generated world, in the gold format's terms."""

    type: str
    type_code: str | None
    number: str | None
    symbol: str | None  # canonical
    issuer: str
    issuer_level: str
    date: str | None
    title: str | None
    system: str  # party | state
    issuer_code: str
    term: str | None = None
    province: str | None = None
    district: str | None = None
    commune: str | None = None
    province_code: str | None = None
    district_code: str | None = None
    commune_code: str | None = None
    continues: str | None = None  # canonical symbol of the central document it continues
    chain: int = 0  # index of the central document heading its chain: numbers stay unique


_NOT_TRUTH = ("continues", "chain")  # fields of the world, not of the gold format


def _stable(*parts: object) -> int:
    """A number fixed by its inputs (Python's hash() is salted per process)."""
    digest = hashlib.blake2b("|".join(map(str, parts)).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big")


def _unique_number(seed: int, place_code: str, chain: int, pool: int) -> int:
    """A document number in 1..pool, different for every chain within one place: a stride
    coprime to the pool walks through it without repeating."""
    stride = next(k for k in (7, 11, 13, 17, 19, 23) if pool % k)
    return 1 + (_stable(seed, "offset", place_code) + chain * stride) % pool


def _later(day: str, seed: int, *key: object, low: int = 20, high: int = 240) -> str:
    return (date.fromisoformat(day) + timedelta(days=low + _stable(seed, *key) % (high - low))).isoformat()


# --- the world -------------------------------------------------------------------------------

class World:
    """Every document any article may cite; the same inputs always give the same document."""

    def __init__(self, seed: int) -> None:
        self.seed = seed
        self.vocabulary = json.loads(VOCABULARY.read_text(encoding="utf-8"))
        self.provinces = sorted(gz.provinces(), key=lambda u: u.code)
        self.districts = {p.code: sorted((d for d in gz.districts(p.code)
                                          if d.kind in ("huyện", "quận", "thị xã", "thành phố")),
                                         key=lambda u: u.code)
                          for p in self.provinces}
        self.central = self._central()
        self._made: dict[tuple, Doc] = {}  # documents already derived, by what they derive from

    def _central(self) -> list[Doc]:
        docs = []
        for c in self.vocabulary["central"]:
            state = c.get("system") == "state"
            symbol = (f"{c['number']}/{c['code']}-{c['issuer_code']}" if state
                      else f"{c['number']}-{c['code']}/TW")
            docs.append(Doc(type=c["type"], type_code=c["code"], number=c["number"], symbol=symbol,
                            issuer=c["issuer"], issuer_level="central", date=c["date"],
                            title=c["title"], system="state" if state else "party",
                            issuer_code=c.get("issuer_code", "TW"), term=c.get("term"),
                            continues=c.get("continues")))
        synthetic = self.vocabulary["synthetic_central"]
        taken = {d.symbol for d in docs}
        for i in range(SYNTHETIC_CENTRAL):
            type_name, code = synthetic["types"][_stable(self.seed, "type", i) % len(synthetic["types"])]
            issuer, term = synthetic["issuers"][_stable(self.seed, "issuer", i) % len(synthetic["issuers"])]
            number = f"{10 + _stable(self.seed, 'number', i) % 290:02d}"
            symbol = f"{number}-{code}/TW"
            if symbol in taken:
                continue
            taken.add(symbol)
            year = 2006 + _stable(self.seed, "year", i) % 18
            day = date(year, 1, 1) + timedelta(days=_stable(self.seed, "day", i) % 360)
            subject = synthetic["subjects"][_stable(self.seed, "subject", i) % len(synthetic["subjects"])]
            docs.append(Doc(type=type_name, type_code=code, number=number, symbol=symbol,
                            issuer=issuer, issuer_level="central", date=day.isoformat(),
                            title=subject, system="party", issuer_code="TW", term=term))
        return [replace(doc, chain=i) for i, doc in enumerate(docs)]

    def province_doc(self, province: gz.Unit, upper: Doc) -> Doc:
        """The province's programme (Party) or plan (UBND) implementing a central document."""
        key = ("province", province.code, upper.symbol)
        if key not in self._made:
            self._made[key] = self._province_doc(province, upper)
        return self._made[key]

    def _province_doc(self, province: gz.Unit, upper: Doc) -> Doc:
        h = _stable(self.seed, "province-doc", province.code, upper.symbol)
        number = str(_unique_number(self.seed, province.code, upper.chain, 480))
        day = _later(upper.date, self.seed, province.code, upper.symbol)
        province = gz.as_on(province, day)  # Thừa Thiên Huế, a tỉnh, until 2024
        city = province.kind == "thành phố trung ương"
        where = f"Thành phố {province.name}" if city else province.name
        if h % 3:
            party_body = "Thành ủy" if city else "Tỉnh ủy"
            type_name = "Chương trình hành động" if h % 2 else "Kế hoạch"
            code = "CTr" if type_name.startswith("Chương") else "KH"
            return Doc(type=type_name, type_code=code, number=number, symbol=f"{number}-{code}/TU",
                       issuer=f"Ban Thường vụ {party_body} {where}", issuer_level="province",
                       date=day, title=upper.title, system="party", issuer_code="TU",
                       chain=upper.chain, **_place_fields(province, day))
        return Doc(type="Kế hoạch", type_code="KH", number=number, symbol=f"{number}/KH-UBND",
                   issuer=f"UBND {'thành phố' if city else 'tỉnh'} {province.name}",
                   issuer_level="province", date=day, title=upper.title, system="state",
                   issuer_code="UBND", chain=upper.chain, **_place_fields(province, day))

    def district_doc(self, district: gz.Unit, upper: Doc) -> Doc:
        key = ("district", district.code, upper.symbol, upper.province_code)
        if key not in self._made:
            self._made[key] = self._district_doc(district, upper)
        return self._made[key]

    def _district_doc(self, district: gz.Unit, upper: Doc) -> Doc:
        h = _stable(self.seed, "district-doc", district.code, upper.symbol)
        number = str(_unique_number(self.seed, district.code, upper.chain, 260))
        day = _later(upper.date, self.seed, district.code, upper.symbol)
        kind_word = _KIND_WORD[district.kind]
        if district.kind in ("huyện", "quận") and h % 3:
            code = "HU" if district.kind == "huyện" else "QU"
            body = "Huyện ủy" if code == "HU" else "Quận ủy"
            return Doc(type="Kế hoạch", type_code="KH", number=number, symbol=f"{number}-KH/{code}",
                       issuer=f"Ban Thường vụ {body} {_display(district)}", issuer_level="district",
                       date=day, title=upper.title, system="party", issuer_code=code,
                       chain=upper.chain, **_place_fields(district, day))
        return Doc(type="Kế hoạch", type_code="KH", number=number, symbol=f"{number}/KH-UBND",
                   issuer=f"UBND {kind_word} {_display(district)}", issuer_level="district",
                   date=day, title=upper.title, system="state", issuer_code="UBND",
                   chain=upper.chain, **_place_fields(district, day))

    def commune_doc(self, commune: gz.Unit, upper: Doc) -> Doc:
        """Commune plans are what the news rarely numbers: an unnumbered plan of the UBND."""
        day = _later(upper.date, self.seed, commune.code, upper.symbol, low=7, high=90)
        return Doc(type="Kế hoạch", type_code=None, number=None, symbol=None,
                   issuer=f"UBND {_with_kind(commune)}", issuer_level="commune", date=day,
                   title=upper.title, system="state", issuer_code="UBND", chain=upper.chain,
                   **_place_fields(commune, day))

    def review_doc(self, province: gz.Unit, upper: Doc, years: int) -> Doc:
        """The province's plan to review ("tổng kết N năm") a central document."""
        base = self.province_doc(province, upper)
        number = str(500 + 2 * upper.chain + (years == 10))  # above the programmes' numbers
        day = date.fromisoformat(upper.date) + timedelta(days=365 * years - 60)
        party = base.system == "party"
        return replace(base, type="Kế hoạch", type_code="KH", number=number,
                       symbol=f"{number}-KH/TU" if party else f"{number}/KH-UBND",
                       date=day.isoformat(), title=f"tổng kết {years} năm thực hiện {upper.type} số {upper.symbol}")

    def communes(self, district: gz.Unit) -> list[gz.Unit]:
        return _communes(district.code)


@cache
def _communes(district_code: str) -> list[gz.Unit]:
    return sorted(gz.communes(district_code), key=lambda u: u.code)


_KIND_WORD = {"huyện": "huyện", "quận": "quận", "thị xã": "thị xã", "thành phố": "thành phố"}


def _display(unit: gz.Unit) -> str:
    """How prose names a district after its body: "Huyện ủy Can Lộc", "Quận ủy Quận 11"."""
    return unit.name


@cache
def _place_fields(unit: gz.Unit, day: str) -> dict[str, str | None]:
    """The unit's place as it was named on `day`, its own level and those above."""
    chain = [unit]
    while (up := gz.parent(chain[-1])) is not None:
        chain.append(up)
    by_level = {u.level: u for u in chain}
    out: dict[str, str | None] = {}
    for level in ("province", "district", "commune"):
        u = by_level.get(level)
        out[level] = gz.as_on(u, day).name if u else None
        out[f"{level}_code"] = u.code if u else None
    return out


# --- writing text with known spans --------------------------------------------------------------

@dataclass
class _Article:
    """Text under construction, with every mention's span and the relations stated."""

    parts: list[str] = field(default_factory=list)
    length: int = 0
    docs: list[Doc] = field(default_factory=list)
    mentions: dict[int, list[dict]] = field(default_factory=dict)
    relations: list[tuple[int, int, str]] = field(default_factory=list)
    symbol_written: set[int] = field(default_factory=set)  # documents whose symbol the text gives

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def cite(self, doc: Doc, written: tuple[str, bool] | str) -> None:
        """Write a mention of `doc`: a string, or (string, whether it gives the symbol)."""
        text, with_symbol = written if isinstance(written, tuple) else (written, False)
        index = self.index(doc)
        self.mentions[index].append({"text": text, "start": self.length, "end": self.length + len(text)})
        if with_symbol:
            self.symbol_written.add(index)
        self.add(text)

    def index(self, doc: Doc) -> int:
        for i, known in enumerate(self.docs):
            if known == doc:
                return i
        self.docs.append(doc)
        self.mentions[len(self.docs) - 1] = []
        return len(self.docs) - 1

    def relate(self, source: Doc, target: Doc, kind: str) -> None:
        self.relations.append((self.index(source), self.index(target), kind))

    @property
    def text(self) -> str:
        return "".join(self.parts)


_DASH_FORMS = ("{n}-{c}/{i}", "{n}-{c}/{i}", "{n}-{c}/{i}", "{n} {c}/{i}", "{n}- {c}/{i}", "{n}/{c}-{i}")
_STATE_FORMS = ("{n}/{c}-{i}", "{n}/{c}-{i}", "{n}/{c}-{i}", "{n}/{c}- {i}", "{n}/{c} -{i}")


def _written_symbol(doc: Doc, rng: random.Random) -> str:
    code, issuer = doc.type_code or "", doc.issuer_code
    if code == "CTr" and rng.random() < 0.3:
        code = "Ctr"
    if doc.system == "party":
        if issuer == "TW" and rng.random() < 0.1:
            issuer = "TƯ"
        if issuer == "TW" and rng.random() < 0.05:  # "Chỉ thị 09/TW": the type only in prose
            return f"{doc.number}/TW"
        return rng.choice(_DASH_FORMS).format(n=doc.number, c=code, i=issuer)
    return rng.choice(_STATE_FORMS).format(n=doc.number, c=code, i=issuer)


_DATE_FORMS = (
    "{d:02d}/{m:02d}/{y}", "{d}/{m}/{y}", "{d}-{m}-{y}", "{d:02d}-{m:02d}-{y}", "{d}.{m}.{y}",
    "{d} tháng {m} năm {y}",
)


def _written_date(iso: str, rng: random.Random) -> str:
    day = date.fromisoformat(iso)
    form = rng.choice(_DATE_FORMS)
    return form.format(d=day.day, m=day.month, y=day.year)


def _date_clause(doc: Doc, rng: random.Random) -> str:
    if not doc.date or rng.random() < 0.25:
        return ""
    written = _written_date(doc.date, rng)
    return rng.choice((f" ngày {written}", f", ngày {written}", f" (ngày {written})"))


def _issuer_clause(doc: Doc, rng: random.Random, local_short: bool) -> str:
    """"của Ban Bí thư (khóa XI)", "của Ban Thường vụ Tỉnh ủy" (place left to the article)."""
    issuer = doc.issuer
    if local_short and doc.issuer_level != "central":
        for place in (doc.commune, doc.district, doc.province):
            if place and issuer.endswith(place):
                issuer = issuer[: -len(place)].rstrip()
                issuer = issuer.removesuffix(" Thành phố")
                break
    if doc.term and rng.random() < 0.4:
        issuer += f" (khóa {doc.term})"
    return f" của {issuer}"


def _full_citation(doc: Doc, rng: random.Random, local_short: bool = False,
                   with_issuer: bool = True) -> tuple[str, bool]:
    """Type word to issuer: "Chỉ thị số 09-CT/TW, ngày 01/12/2011 của Ban Bí thư (khóa XI)";
    and whether the symbol was written (else only the number: "Kết luận số 44")."""
    if doc.number is None:  # unnumbered: "kế hoạch của UBND xã Thạch Kim"
        return f"{doc.type.lower()}{_issuer_clause(doc, rng, False)}", False
    so = rng.choice(("số ", "số ", "số ", ""))
    with_symbol = doc.symbol is not None and rng.random() < 0.9
    ident = _written_symbol(doc, rng) if with_symbol else doc.number
    issuer = _issuer_clause(doc, rng, local_short) if with_issuer else ""
    dated = _date_clause(doc, rng) if with_issuer else ""
    return f"{doc.type} {so}{ident}{dated}{issuer}", with_symbol


def _short_citation(doc: Doc, rng: random.Random) -> str:
    if doc.number is None:
        return f"{doc.type} này"
    return rng.choice((f"{doc.type} {doc.number}", f"{doc.type} {doc.number}",
                       f"{doc.type} này", f"{doc.type.lower()} trên"))


def _title_clause(doc: Doc, rng: random.Random) -> str:
    return f" về {doc.title}" if doc.title and rng.random() < 0.6 else ""


# --- articles ----------------------------------------------------------------------------------

def articles(n: int, seed: int = 1, start: int = 0) -> Iterator[tuple[dict, dict]]:
    """(article, truth) for articles start … start+n-1 of the world `seed`."""
    world = _world(seed)
    for i in range(start, start + n):
        yield article(world, i)


@cache
def _world(seed: int) -> World:
    return World(seed)


def article(world: World, i: int) -> tuple[dict, dict]:
    rng = random.Random(f"{world.seed}:{i}")
    province = world.provinces[rng.randrange(len(world.provinces))]
    central = world.central[rng.randrange(len(world.central))]
    kind = rng.choices(("province", "district", "commune", "review", "continues"),
                       weights=(30, 30, 15, 12, 13))[0]
    a = _Article()
    district = commune = None
    if kind in ("district", "commune") and world.districts[province.code]:
        district = rng.choice(world.districts[province.code])
        if kind == "commune" and world.communes(district):
            commune = rng.choice(world.communes(district))
    if kind == "continues" and not central.continues:
        kind = "province"
    title, event_day = _write(world, a, rng, kind, province, central, district, commune)
    text = a.text
    published = _later(event_day, world.seed, "published", i, low=0, high=3)
    article_id = f"gen{world.seed}-{i:07d}"
    province = gz.as_on(province, published)
    outlet = f"bao{gz.unaccent(province.name).replace(' ', '')}.vn"
    record = {
        "id": article_id, "url": f"https://{outlet}/tin-tuc/{article_id}.html",
        "published": published, "title": title, "text": text,
    }
    # from the 2025 reform there are no districts: an article of that day is placed in its province
    # (its documents keep the district that issued them)
    placed_in = district if published < gz.REFORM_DATE else None
    truth = {
        "id": article_id, "source_url": record["url"], "published": published, "title": title,
        "place": {"province": province.name, "district": placed_in.name if placed_in else None,
                  "commune": None, "province_code": province.code,
                  "district_code": placed_in.code if placed_in else None, "commune_code": None},
        "documents": [_truth_doc(f"d{k + 1}", doc, a.mentions[k], k in a.symbol_written)
                      for k, doc in enumerate(a.docs)],
        "relations": [{"from": f"d{s + 1}", "to": f"d{t + 1}", "type": r} for s, t, r in a.relations],
    }
    return record, truth


def _truth_doc(key: str, doc: Doc, mentions: list[dict], symbol_written: bool) -> dict:
    out = {"key": key, **vars(doc), "mentions": mentions}
    for name in _NOT_TRUTH:
        del out[name]
    if not symbol_written:
        out["symbol"] = None  # the text gives only the number (annotation convention)
    out["year"] = int(doc.date[:4]) if doc.date else None
    return out


def _write(world: World, a: _Article, rng: random.Random, kind: str, province: gz.Unit,
           central: Doc, district: gz.Unit | None, commune: gz.Unit | None) -> tuple[str, str]:
    """Write one article into `a`; return its title and the day of the reported event."""
    vocab = world.vocabulary
    prov_doc = world.province_doc(province, central)
    province = gz.as_on(province, prov_doc.date)  # the name the titles and byline give it
    byline = rng.choice((f"({_outlet_byline(province)}) - ", "", ""))
    if kind == "district" and district is not None:
        # the chain in one noun phrase: district plan -> provincial programme -> directive
        dist_doc = world.district_doc(district, prov_doc)
        event = _later(dist_doc.date, world.seed, "event", district.code, low=30, high=400)
        meeting = rng.choice(vocab["events"])
        title = f"{_display(district)} {meeting.removeprefix('tổ chức ')} thực hiện {central.type} {central.number}"
        a.add(f"{byline}{_when(event, rng)}, {_with_kind(district)} đã {meeting} thực hiện ")
        a.cite(dist_doc, _full_citation(dist_doc, rng, local_short=True))
        a.add(" thực hiện ")
        a.cite(prov_doc, _full_citation(prov_doc, rng, local_short=True))
        a.add(" thực hiện ")
        a.cite(central, _full_citation(central, rng))
        a.add(f"{_title_clause(central, rng)}.\n\n")
        a.relate(dist_doc, prov_doc, "implements")
        a.relate(prov_doc, central, "implements")
        _noise(a, rng, vocab)
        a.add("Qua thời gian triển khai thực hiện ")
        a.cite(central, _short_citation(central, rng))
        a.add(", các cấp ủy, chính quyền trên địa bàn đã tạo chuyển biến tích cực về nhận thức.\n\n")
        _noise(a, rng, vocab)
        return title, event
    if kind == "commune" and district is not None and commune is not None:
        # an unnumbered commune plan implementing the district's plan
        dist_doc = world.district_doc(district, prov_doc)
        com_doc = world.commune_doc(commune, dist_doc)
        title = f"{_capitalised(_with_kind(commune))} triển khai kế hoạch thực hiện {central.type} {central.number}"
        a.add(f"{byline}{rng.choice(('Để thực hiện', 'Thực hiện'))} ")
        a.cite(dist_doc, _full_citation(dist_doc, rng))
        a.add(f"{_title_clause(dist_doc, rng)}, ")
        if rng.random() < 0.5:  # "UBND xã Y đã ban hành kế hoạch …": the object of the issuing verb
            a.add(f"UBND {_with_kind(commune)} ({_display(district)}) đã ban hành ")
            a.cite(com_doc, "kế hoạch triển khai thực hiện trên địa bàn")
            a.add(", giao nhiệm vụ cụ thể cho các thôn, xóm.\n\n")
        else:
            a.cite(com_doc, _full_citation(com_doc, rng))
            a.add(f" ({_display(district)}) đã được ban hành, triển khai đến các thôn, xóm.\n\n")
        a.relate(com_doc, dist_doc, "implements")
        _noise(a, rng, vocab)
        a.add("Theo kế hoạch, các thôn tổ chức tuyên truyền sâu rộng trong nhân dân.\n\n")
        return title, com_doc.date
    years = rng.choice((5, 10))
    if kind == "review" and int(central.date[:4]) + years <= LAST_YEAR:
        review = world.review_doc(province, central, years)
        title = f"{province.name} tổng kết {years} năm thực hiện {central.type} {central.number}"
        a.add(f"{byline}{_when(review.date, rng)}, {review.issuer} ban hành ")
        a.cite(review, _full_citation(review, rng, with_issuer=False))
        a.add(f" về tổng kết {years} năm thực hiện ")
        a.cite(central, _full_citation(central, rng))
        a.add(f"{_title_clause(central, rng)}.\n\n")
        a.relate(review, central, "reviews")
        _noise(a, rng, vocab)
        a.add("Kế hoạch nêu rõ, việc tổng kết ")
        a.cite(central, _short_citation(central, rng))
        a.add(" phải bảo đảm thiết thực, tránh hình thức.\n\n")
        _noise(a, rng, vocab)
        return title, review.date
    if kind == "continues":
        # a central conclusion continuing a directive, and the province's plan for it
        continued = next(d for d in world.central if d.symbol == central.continues)
        title = f"{province.name} triển khai {central.type} {central.number} của {central.issuer}"
        a.add(f"{byline}Ngay sau khi ")
        a.cite(central, _full_citation(central, rng))
        a.add(" về tiếp tục đẩy mạnh thực hiện ")
        a.cite(continued, _full_citation(continued, rng))
        a.add(f" được ban hành, {prov_doc.issuer} đã ban hành ")
        a.cite(prov_doc, _full_citation(prov_doc, rng, with_issuer=False))
        a.add(" để triển khai thực hiện.\n\n")
        a.relate(central, continued, "continues")
        a.relate(prov_doc, central, "implements")
        _noise(a, rng, vocab)
        return title, prov_doc.date
    # a province's programme or plan implementing a central document
    title = f"{province.name} ban hành {prov_doc.type.lower()} thực hiện {central.type} {central.number}"
    a.add(f"{byline}{_when(prov_doc.date, rng)}, {prov_doc.issuer} ban hành ")
    a.cite(prov_doc, _full_citation(prov_doc, rng, with_issuer=False))
    a.add(rng.choice((" thực hiện ", " nhằm thực hiện ", " để triển khai thực hiện ")))
    a.cite(central, _full_citation(central, rng))
    a.add(f"{_title_clause(central, rng)}.\n\n")
    a.relate(prov_doc, central, "implements")
    _noise(a, rng, vocab)
    a.add(f"{prov_doc.type} yêu cầu các cấp ủy, tổ chức đảng quán triệt sâu sắc ")
    a.cite(central, _short_citation(central, rng))
    a.add(", gắn với nhiệm vụ chính trị của địa phương.\n\n")
    _noise(a, rng, vocab)
    return title, prov_doc.date


def _when(iso: str, rng: random.Random) -> str:
    day = date.fromisoformat(iso)
    return rng.choice((f"Ngày {day.day}/{day.month}/{day.year}", f"Sáng {day.day}/{day.month}",
                       f"Chiều {day.day}-{day.month}", f"Ngày {day.day} tháng {day.month} năm {day.year}"))


def _with_kind(unit: gz.Unit) -> str:
    """"huyện Can Lộc", "xã Thạch Kim"; units named by their kind and a number carry it ("Quận 11",
    "Phường 1"), units whose name only ends in one do not ("xã Sơn Kim 1", "phường Mỹ Đình 1")."""
    return unit.name if unit.name.lower().startswith(unit.kind) else f"{unit.kind} {unit.name}"


def _capitalised(phrase: str) -> str:
    return phrase[:1].upper() + phrase[1:]


def _outlet_byline(province: gz.Unit) -> str:
    return f"Bao{gz.unaccent(province.name).replace(' ', '')}.vn"


def _noise(a: _Article, rng: random.Random, vocab: dict) -> None:
    """Paragraphs that cite nothing: a few look-alikes, then report prose (see the module
    docstring for the real corpus these lengths were measured on)."""
    for sentence in rng.sample(vocab["noise"], k=rng.randrange(1, 4)):
        a.add(sentence + " ")
    a.add("\n\n")
    for _ in range(rng.randint(*PROSE_PARAGRAPHS)):
        a.add(" ".join(rng.sample(vocab["prose"], k=rng.randint(*PROSE_SENTENCES))) + "\n\n")


# --- CLI ---------------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--start", type=int, default=0, help="index of the first article")
    parser.add_argument("--out", type=Path, help="articles as JSON Lines (default: stdout)")
    parser.add_argument("--truth", type=Path, help="truth records as JSON Lines")
    args = parser.parse_args(argv)
    out = args.out.open("w", encoding="utf-8") if args.out else sys.stdout
    truth = args.truth.open("w", encoding="utf-8") if args.truth else None
    try:
        for record, gold in articles(args.articles, args.seed, args.start):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            if truth:
                truth.write(json.dumps(gold, ensure_ascii=False) + "\n")
    finally:
        if args.out:
            out.close()
        if truth:
            truth.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
