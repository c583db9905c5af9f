"""`chithi` query commands (api/cli_query.py) on the fixture graph in an embedded store."""
from __future__ import annotations

import gc
import io
import json
from datetime import date

import pytest
import uvicorn
from rich.console import Console
from typer.testing import CliRunner

import api.cli_query  # noqa: F401  (registers the commands)
from api.cli import app
from api.app import YOUNG_COLLECTION_THRESHOLD
from api.models import DocumentSummary, Matrix, MatrixRow, Ref
from tests.conftest import SAMPLES

runner = CliRunner()



def chithi(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args), env={"COLUMNS": "200"})
    return result.exit_code, result.output


def test_serve_tunes_the_garbage_collector_for_requests(fixture_store_url, monkeypatch):
    """The serving process freezes what start-up left alive (api.app.tune_garbage_collector):
    otherwise every full collection walks them all (a trace on 200,000 generated documents paid
    25 ms on average for them); and it collects the youngest generation less often."""
    seen: list[tuple[int, int]] = []

    def run(application, **options) -> None:  # uvicorn's serving, stopped before it starts
        seen.append((gc.get_freeze_count(), gc.get_threshold()[0]))
        application.state.store.close()

    monkeypatch.setattr(uvicorn, "run", run)
    threshold = gc.get_threshold()
    gc.unfreeze()
    try:
        code, _ = chithi("serve", "--store", fixture_store_url)
    finally:
        gc.unfreeze()
        gc.set_threshold(*threshold)
    assert code == 0 and seen[0][0] > 10_000 and seen[0][1] == YOUNG_COLLECTION_THRESHOLD


def test_trace_tree(fixture_store_url):
    code, out = chithi("trace", "09-CT/TW", "--store", fixture_store_url)
    assert code == 0
    assert "└── thực hiện Kế hoạch 73-KH/QU — Ban Thường vụ Quận ủy Quận 11 · Huyện · 13/08/2012" in out
    assert "nguồn: https://thanhuytphcm.vn/tin-tuc/quan-11-so-ket-ke-hoach-73-kh-qu" in out


def test_trace_up_as_json(fixture_store_url):
    code, out = chithi("trace", "73-KH/QU", "--up", "--json", "--store", fixture_store_url)
    body = json.loads(out)
    assert body["root"]["children"][0]["children"][0]["document"]["symbol"] == "09-CT/TW"


def test_gaps_table(fixture_store_url):
    code, out = chithi("gaps", "09-CT/TW", "--level", "district", "--province", "Hà Tĩnh", "--as-of", "2012-12-31",
                       "--store", fixture_store_url)
    assert code == 0
    assert "Chỉ thị 09-CT/TW: huyện ngày 31/12/2012 — Hà Tĩnh" in out
    assert "có văn bản: 1 · chưa thấy văn bản: 1 · không có dữ liệu: 10" in out
    line = next(row for row in out.splitlines() if "Hương Sơn" in row)
    assert "chưa thấy văn bản" in line and "│ 1 " in line


def test_gaps_only_lists_the_units_with_articles_and_no_document(fixture_store_url):
    code, out = chithi("gaps", "09-CT/TW", "--level", "district", "--province", "Hà Tĩnh", "--as-of", "2012-12-31",
                       "--gaps-only", "--store", fixture_store_url)
    rows = [row.split("│")[1].strip() for row in out.splitlines() if row.startswith("│")]
    assert code == 0 and rows == ["Hương Sơn"]
    assert "có văn bản: 1 · chưa thấy văn bản: 1 · không có dữ liệu: 10" in out


def test_gaps_json_and_a_date_written_the_vietnamese_way(fixture_store_url):
    code, out = chithi("gaps", "09/TW", "--level", "province", "--as-of", "01/08/2025", "--json", "--store", fixture_store_url)
    body = json.loads(out)
    assert (body["era"], body["as_of"], body["implemented"]) == ("2025", "2025-08-01", 2)


def test_search_lag_show_matrix_issuer_unit(fixture_store_url):
    assert "Chỉ thị 09-CT/TW" in chithi("search", "chi thi 09", "--store", fixture_store_url)[1]
    assert json.loads(chithi("search", "--type", "KH", "--place", "Quận 11", "--json", "--store", fixture_store_url)[1])[
        "items"][0]["symbol"] == "73-KH/QU"
    lag = chithi("lag", "09-CT/TW", "--store", fixture_store_url)[1]
    assert "Chương trình hành động 448-CTr/TU" in lag and "181" in lag
    # regression: the statistics read "1617.7" and "5011" (a Vietnamese reader takes that dot for
    # thousands): the dot groups thousands, the comma marks decimals
    overall = next(row for row in lag.split("Thống kê (ngày)")[1].splitlines() if "tất cả" in row)
    assert [cell.strip() for cell in overall.split("│")[2:7]] == ["7", "181", "279", "1.617,7", "5.011"]
    show = chithi("show", "09-CT/TW", "--store", fixture_store_url)[1]
    assert "các nguồn ghi khác nhau: ngày ban hành" in show and "02/12/2011" in show
    matrix = chithi("matrix", "09-CT/TW", "44-KL/TW", "--store", fixture_store_url)[1]
    row = next(r for r in matrix.splitlines() if "Hà Tĩnh" in r)
    assert [cell.strip() for cell in row.split("│")[1:4]] == ["Hà Tĩnh", "4", "1"]
    assert "Tỉnh ủy Hà Tĩnh (TU, Tỉnh): 3 văn bản" in chithi("issuer", "tinh uy ha tinh", "--store", fixture_store_url)[1]
    assert "→ từ 01/07/2025: Hà Tĩnh" in chithi("unit", "Hà Tĩnh", "--store", fixture_store_url)[1]


@pytest.mark.parametrize("args, code, message", [
    (["show", "09-CT/TU"], 2, "no document '09-CT/TU'; close matches: 09-CTr/TU, 09-CT/TW, 09/CT-BCA"),
    (["trace", "18-NQ/TW"], 2, "give the year or the IRI"),
    (["gaps", "09-CT/TW", "--level", "district", "--as-of", "2025-08-01"], 2, "no district existed on 2025-08-01"),
    (["gaps", "09-CT/TW", "--as-of", "hôm qua"], 2, "is not a date"),
])
def test_errors_say_what_was_wrong(fixture_store_url, args, code, message):
    exit_code, out = chithi(*args, "--store", fixture_store_url)
    assert exit_code == code
    assert message in " ".join(out.split())


@pytest.mark.slow
def test_on_the_samples_loaded_by_chithi_load(tmp_path):
    """The whole way a user goes: `chithi load data/samples`, then the questions."""
    import api.cli_store  # noqa: F401  (registers `load`)

    url = f"oxigraph:{tmp_path / 'store'}"
    assert chithi("load", str(SAMPLES), "--store", url)[0] == 0
    code, out = chithi("trace", "09/TW", "--store", url)
    assert code == 0
    lines = [line.strip("│ ") for line in out.splitlines()]
    programme = next(i for i, line in enumerate(lines) if "Chương trình hành động 26-CTr/TU" in line)
    assert any("Kế hoạch 73-KH/QU — Ban Thường vụ Quận ủy Quận 11 · Huyện · 13/08/2012" in line
               for line in lines[programme:programme + 4])
    code, out = chithi("gaps", "09-CT/TW", "--store", url)
    assert "có văn bản: 3 · chưa thấy văn bản: 1 · không có dữ liệu: 59" in out
    assert json.loads(chithi("lag", "09-CT/TW", "--json", "--store", url)[1])["overall"]["min"] == 181


def test_a_renamed_units_place_is_named_as_on_the_documents_date(tmp_path):
    """regression: `chithi search` and `chithi show` placed the 2012 plan of the tỉnh Thừa Thiên
    Huế in "Huế", the unit's name since 2025."""
    from tests.api_support import hue_store

    url = f"oxigraph:{tmp_path / 'store'}"
    (tmp_path / "articles").mkdir()
    hue_store(tmp_path / "articles", url).close()
    code, out = chithi("search", "25-CTr/TU", "--store", url)
    assert code == 0 and "│ Thừa Thiên Huế │ Tỉnh │ 10/02/2012 │" in out
    code, out = chithi("show", "25-CTr/TU", "--store", url)
    assert code == 0 and "Địa bàn           Thừa Thiên Huế (Tỉnh)" in out
    code, out = chithi("search", "210-KH/TU", "--store", url)
    assert code == 0 and "│ Huế     │ Tỉnh │ 05/03/2025 │" in out
    code, out = chithi("unit", "Thừa Thiên Huế", "--store", url)  # its former name said
    assert code == 0 and out.startswith("Thành phố Huế (mã 46, Tỉnh, tên cũ Tỉnh Thừa Thiên Huế đến 31/12/2024, thuộc")


def test_show_names_relations_in_vietnamese(fixture_store_url):
    """regression: the relations' table of `chithi show` said 'implements', 'continues' in English."""
    code, out = chithi("show", "44-KL/TW", "--store", fixture_store_url)
    rows = [line.split("│")[1].strip() for line in out.splitlines() if line.startswith("│")]
    assert code == 0 and "tiếp tục" in rows and "thực hiện" in rows
    assert not {"implements", "continues"} & set(rows)


def test_matrix_columns_of_one_symbol_are_told_apart_by_their_term(monkeypatch):
    # regression: two 19-NQ/TW (khóa XII, khóa XIII) headed two columns alike
    console = Console(width=200, record=True, file=io.StringIO())
    monkeypatch.setattr(api.cli_query, "out", console)
    docs = [DocumentSummary(iri=f"https://chithi.vn/id/doc/{i}", symbol=symbol, period=period, level="central")
            for i, (symbol, period) in enumerate([("19-NQ/TW", "khóa XII"), ("09-CT/TW", "khóa XI"), ("19-NQ/TW", "khóa XIII")])]
    bac_giang = MatrixRow(province=Ref(iri="https://chithi.vn/id/unit/24", label="Bắc Giang"), counts=[1, 0, 2])
    api.cli_query._matrix_table(Matrix(as_of=date(2025, 6, 30), directives=docs, rows=[bac_giang]))
    header = next(line for line in console.export_text().splitlines() if "Tỉnh" in line and "┃" in line)
    assert [cell.strip() for cell in header.split("┃")[1:-1]] == ["Tỉnh", "19-NQ/TW khóa XII", "09-CT/TW", "19-NQ/TW khóa XIII"]
